// What a saved state must hold, record by record, before the emulator trusts it: a file that is
// valid JSON with the right top-level keys can still hold `null` where a stage should be, or a
// number where a tag map should be, and each would fail later as a TypeError in some request.
// The first problem found is named by its path (`stages[3].tags.team`), for the one line at start.
import {eventErrorCodes} from './event-error-codes.js';
import {parseP384PublicKey} from './public-key-material.js';

type Check = (value: unknown) => string | undefined;

const string: Check = value => (typeof value === 'string' ? undefined : 'must be a string');
const number: Check = value => (typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number');
const boolean: Check = value => (typeof value === 'boolean' ? undefined : 'must be true or false');
const optional = (check: Check): Check => value => (value === undefined ? undefined : check(value));
const oneOf = (...choices: string[]): Check => value => (typeof value === 'string' && choices.includes(value) ? undefined : `must be one of ${choices.join(', ')}`);

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A check on an object's members. A problem either starts with `.` (a path into the value, then
 * the message) or is the message itself, so paths join as `stages[3].tags.team must be a string`.
 */
type Shape = Record<string, Check>;

function at(path: string, problem: string): string {
	return problem.startsWith('.') ? `${path}${problem}` : `${path} ${problem}`;
}

function problemIn(value: unknown, shape: Shape): string | undefined {
	if (!isObject(value)) {
		return 'must be an object';
	}

	for (const [key, check] of Object.entries(shape)) {
		const problem = check(value[key]);
		if (problem !== undefined) {
			return at(`.${key}`, problem);
		}
	}

	return undefined;
}

const object = (shape: Shape): Check => value => problemIn(value, shape);

const stringMap: Check = value => {
	if (!isObject(value)) {
		return 'must be an object of strings';
	}

	const bad = Object.keys(value).find(key => typeof value[key] !== 'string');
	return bad === undefined ? undefined : `.${bad} must be a string`;
};

const stringList: Check = value => (Array.isArray(value) && value.every(item => typeof item === 'string') ? undefined : 'must be a list of strings');
const p384PublicKey: Check = value => {
	if (typeof value !== 'string') {
		return 'must be a string';
	}

	return parseP384PublicKey(value).ok ? undefined : 'is not a P-384 public key';
};
const plainObject: Check = value => (isObject(value) ? undefined : 'must be an object');

const records: Record<string, Shape> = {
	stages: {
		arn: string, name: string, tags: stringMap, autoParticipantRecordingConfiguration: plainObject,
		endpoints: object({events: string, whip: string, rtmp: string, rtmps: string}),
		activeSessionId: optional(string), createdAt: number, seq: number,
	},
	sessions: {sessionId: string, stageArn: string, startTime: number, endTime: optional(number), seq: number},
	participants: {
		participantId: string, stageArn: string, sessionId: string, userId: optional(string), attributes: stringMap,
		capabilities: stringList, state: oneOf('CONNECTED', 'DISCONNECTED'), published: boolean, protocol: optional(oneOf('WHIP')), firstJoinTime: number, seq: number,
	},
	tokens: {
		participantId: string, stageArn: string, userId: optional(string), attributes: optional(stringMap),
		capabilities: stringList, duration: number, issuedAt: number, expiresAt: number,
	},
	storageConfigurations: {arn: string, name: string, s3: object({bucketName: string}), tags: stringMap, createdAt: number, seq: number},
	publicKeys: {arn: string, name: string, publicKeyMaterial: p384PublicKey, fingerprint: string, tags: stringMap, seq: number},
	participantEvents: {
		stageArn: string, sessionId: string, participantId: string,
		name: oneOf('JOINED', 'LEFT', 'PUBLISH_STARTED', 'PUBLISH_STOPPED', 'PUBLISH_ERROR'),
		eventTime: number, errorCode: optional(oneOf(...eventErrorCodes)), seq: number,
	},
};

/** The first problem with a parsed state (one with the current version and all its lists), or undefined. */
export function stateProblem(state: Record<string, unknown>): string | undefined {
	if (!Number.isSafeInteger(state.seq) || (state.seq as number) < 0) {
		return 'seq must be a whole number, 0 or more';
	}

	if (state.signingKey !== undefined) {
		const problem = problemIn(state.signingKey, {keyId: string, privateKeyPem: string});
		if (problem !== undefined) {
			return at('signingKey', problem);
		}
	}

	for (const [list, shape] of Object.entries(records)) {
		const items = state[list] as unknown[];
		for (const [index, item] of items.entries()) {
			const problem = problemIn(item, shape);
			if (problem !== undefined) {
				return at(`${list}[${index}]`, problem);
			}
		}
	}

	return undefined;
}
