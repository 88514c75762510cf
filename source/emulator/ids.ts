// Identifiers shaped like the service's: 12-character resource IDs in ARNs, `st-` + 13 characters
// for stage sessions, 12-character participant IDs, and per-stage endpoint hosts. Randomness comes
// from node:crypto so two emulators (or two restarts) never hand out colliding IDs by accident.
import {randomBytes} from 'node:crypto';

const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
// 248 is the largest multiple of 62 below 256: bytes at or above it are dropped so every
// character is equally likely (no modulo bias).
const unbiasedLimit = 248;

export function randomId(length: number): string {
	let id = '';
	while (id.length < length) {
		for (const byte of randomBytes(length * 2)) {
			if (byte < unbiasedLimit) {
				id += alphabet[byte % alphabet.length];
				if (id.length === length) {
					break;
				}
			}
		}
	}

	return id;
}

export const resourceIdLength = 12;

export function stageArn(region: string, accountId: string, id: string): string {
	return `arn:aws:ivs:${region}:${accountId}:stage/${id}`;
}

export function storageConfigurationArn(region: string, accountId: string, id: string): string {
	return `arn:aws:ivs:${region}:${accountId}:storage-configuration/${id}`;
}

export function publicKeyArn(region: string, accountId: string, id: string): string {
	return `arn:aws:ivs:${region}:${accountId}:public-key/${id}`;
}

/** The model: StageSessionId is exactly 16 characters, `st-[a-zA-Z0-9]+`. */
export function newSessionId(): string {
	return `st-${randomId(13)}`;
}

export function newParticipantId(): string {
	return randomId(12);
}

export type ParsedArn = {region: string; accountId: string; resourceType: string; resourceId: string};

export function parseArn(arn: string): ParsedArn | undefined {
	const match = /^arn:aws:ivs:([a-z0-9-]+):(\d+):([a-z-]+)\/([a-zA-Z0-9-]+)$/.exec(arn);
	if (!match) {
		return undefined;
	}

	const [, region = '', accountId = '', resourceType = '', resourceId = ''] = match;
	return {region, accountId, resourceType, resourceId};
}

export type StageEndpoints = {events: string; whip: string; rtmp: string; rtmps: string};

/**
 * The service gives every stage endpoints on live-video.net hosts with a 12-hex-digit prefix. The
 * emulator serves WHIP itself (whip/whip-routes.ts), so `whip` is its own URL when it has one; the
 * others are reported, not served.
 */
export function newStageEndpoints(whipUrl?: string): StageEndpoints {
	const prefix = randomBytes(6).toString('hex');
	return {
		events: 'wss://global.events.live-video.net',
		whip: whipUrl ?? `https://${prefix}.global-bm.whip.live-video.net`,
		rtmp: `rtmp://${prefix}.global-contribute-staging.live-video.net/app/`,
		rtmps: `rtmps://${prefix}.global-contribute-staging.live-video.net:443/app/`,
	};
}
