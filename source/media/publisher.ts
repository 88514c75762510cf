// A WHIP publisher: offers H.264 and Opus over a real WebRTC peer (werift), posts the offer with
// the participant token (whip-client.ts), and sends already-encoded media at the source's pace,
// looping the test pattern or a file. The API is small on purpose (the live table's `p` and
// `run --publish` start one too):
//
//   const publisher = await startPublishing({whipUrl, token, video: openVideoSource('test-pattern'), audio: testPatternAudio()});
//   publisher.stats();          // state, seconds, video kbps and fps sent, RTT and loss from RTCP
//   await publisher.stop();     // stops sending and DELETEs the WHIP session
//   await publisher.ended;      // why it ended by itself (the connection closed, the source ended)
//
// startPublishing rejects with WhipRefusal when the endpoint refuses the offer (a token without
// PUBLISH, an expired one, a stage that is gone), with the endpoint's status and reason.
import {setTimeout as delay} from 'node:timers/promises';
import {MediaStreamTrack, RtpHeader, RtpPacket, type RTCPeerConnection, type RTCRtpSender} from 'werift';
import {packetiseAccessUnit} from './rtp-h264.js';
import type {VideoSource} from './video-source.js';
import {closePeer, completeLocalDescription, createPeer, isLoopbackHost} from './webrtc-peer.js';
import {deleteSession, postOffer} from './whip-client.js';

/**
 * How long ICE and DTLS may take after the answer before the publish is given up, unless the caller
 * says otherwise: the AWS CLI's own connect timeout (60 s), which a loaded machine needs and a
 * status line showing "connecting" makes bearable.
 */
export const connectTimeoutMs = 60_000;
const opusFrameMs = 20;
const opusSamplesPerFrame = 960;
const statsWindowMs = 2000;
/**
 * A receiver sends RTCP reports every second or so; none for this long means it is gone (werift
 * sends no DTLS close alert, and ICE consent would take 30 s to notice).
 */
export const rtcpSilenceMs = 8000;
/** A connection that fails outright is tried this many times in all, within the connect time. */
const maxConnectAttempts = 3;

export type PublishOptions = {
	whipUrl: string;
	token: string;
	video: VideoSource;
	/** Opus packets of 20 ms each, looped (the test pattern's tone); none sends video only. */
	audio?: Uint8Array[];
	/** Milliseconds ICE and DTLS may take (connectTimeoutMs when absent); 0 waits as long as it takes. */
	connectTimeoutMs?: number | undefined;
};

export type PublishState = 'connecting' | 'connected' | 'disconnected' | 'failed' | 'closed';

export type PublishStats = {
	state: PublishState;
	/** Since the media started flowing. */
	seconds: number;
	videoKbps: number;
	fps: number;
	framesSent: number;
	/** From RTCP receiver reports, once the receiver has sent one. */
	rttMs?: number;
	lossPercent?: number;
};

export type Publisher = {
	stats: () => PublishStats;
	/** The signal bounds the DELETE (a table that quits waits only so long); the peer closes either way. */
	stop: (signal?: AbortSignal) => Promise<void>;
	/** Resolves with the reason when publishing ends without stop(): the connection went, or a stream source ended. */
	ended: Promise<string>;
	resourceUrl: string;
};

class Sent {
	private readonly frames: Array<{at: number; bytes: number}> = [];
	total = 0;

	add(bytes: number): void {
		const now = Date.now();
		this.total++;
		this.frames.push({at: now, bytes});
		while ((this.frames[0]?.at ?? now) < now - statsWindowMs) {
			this.frames.shift();
		}
	}

	/** Over the last 2 s, or since the start when that is shorter. */
	rates(startedAt: number): {kbps: number; fps: number} {
		const bytes = this.frames.reduce((sum, frame) => sum + frame.bytes, 0);
		const span = Math.max(1, Math.min(statsWindowMs, Date.now() - startedAt));
		return {kbps: Math.round((bytes * 8) / span), fps: Math.round((this.frames.length * 1000) / span)};
	}
}

/** The peer went to "failed" before it came up: worth a new offer while the connect time lasts. */
class ConnectionFailed extends Error {}

async function connected(peer: RTCPeerConnection, timeoutMs: number, totalMs = timeoutMs): Promise<void> {
	if (peer.connectionState === 'connected') {
		return;
	}

	await new Promise<void>((resolve, reject) => {
		const timer = timeoutMs === 0 ? undefined : setTimeout(() => {
			unSubscribe();
			reject(new Error(`the WebRTC connection did not come up within ${totalMs / 1000} s`));
		}, timeoutMs);
		const {unSubscribe} = peer.connectionStateChange.subscribe(state => {
			if (state === 'connected' || state === 'failed' || state === 'closed') {
				clearTimeout(timer);
				unSubscribe();
				if (state === 'connected') {
					resolve();
				} else {
					reject(state === 'failed' ? new ConnectionFailed('the WebRTC connection failed') : new Error(`the WebRTC connection ${state}`));
				}
			}
		});
	});
}

export async function startPublishing(options: PublishOptions): Promise<Publisher> {
	const timeoutMs = options.connectTimeoutMs ?? connectTimeoutMs;
	const deadline = timeoutMs === 0 ? Number.POSITIVE_INFINITY : Date.now() + timeoutMs;
	// ICE or DTLS that fails outright (a lost packet burst, a starved machine) gets a new peer and a new
	// WHIP session, as a browser's publisher retries, until the connect time is spent. A refusal
	// (WhipRefusal) or the time running out ends it at once.
	for (let attempt = 1; ; attempt++) {
		try {
			return await publishOnce(options, timeoutMs === 0 ? 0 : Math.max(1, deadline - Date.now()), timeoutMs);
		} catch (error) {
			if (!(error instanceof ConnectionFailed) || attempt === maxConnectAttempts || Date.now() >= deadline) {
				throw error instanceof ConnectionFailed ? new Error(error.message) : error;
			}
		}
	}
}

async function publishOnce(options: PublishOptions, timeoutMs: number, totalMs: number): Promise<Publisher> {
	const peer = createPeer({loopbackOnly: isLoopbackHost(new URL(options.whipUrl).hostname)});
	const videoTrack = new MediaStreamTrack({kind: 'video'});
	const audioTrack = new MediaStreamTrack({kind: 'audio'});
	const videoSender = peer.addTransceiver(videoTrack, {direction: 'sendonly'}).sender;
	peer.addTransceiver(audioTrack, {direction: 'sendonly'});
	let session: {resourceUrl: string} | undefined;
	try {
		await peer.setLocalDescription(await peer.createOffer());
		const offer = await completeLocalDescription(peer);
		const posted = await postOffer(options.whipUrl, options.token, offer);
		session = posted;
		await peer.setRemoteDescription({type: 'answer', sdp: posted.answer});
		await connected(peer, timeoutMs, totalMs);
	} catch (error) {
		await closePeer(peer);
		if (session) {
			await deleteSession(session.resourceUrl, options.token).catch(() => undefined);
		}

		throw error;
	}

	return running(peer, videoTrack, audioTrack, videoSender, options, session.resourceUrl);
}

function running(
	peer: RTCPeerConnection,
	videoTrack: MediaStreamTrack,
	audioTrack: MediaStreamTrack,
	videoSender: RTCRtpSender,
	options: PublishOptions,
	resourceUrl: string,
): Publisher {
	const stopping = new AbortController();
	const sent = new Sent();
	const startedAt = Date.now();
	let state: PublishState = 'connected';
	let rtcp: {rttMs?: number; lossPercent?: number} = {};
	let endWith: (reason: string) => void = () => undefined;
	const ended = new Promise<string>(resolve => {
		endWith = reason => {
			if (!stopping.signal.aborted) {
				stopping.abort();
				resolve(reason);
			}
		};
	});
	peer.connectionStateChange.subscribe(next => {
		state = next === 'new' || next === 'connecting' ? state : next;
		if (next === 'failed' || next === 'closed') {
			endWith(`the WebRTC connection ${next}`);
		}
	});

	const sendVideo = async () => {
		const {video} = options;
		const ticks = Math.round(90_000 / video.fps);
		let sequenceNumber = Math.floor(Math.random() * 0x1_00_00);
		let timestamp = Math.floor(Math.random() * 0x1_00_00_00_00);
		for (let frame = 0; !stopping.signal.aborted; frame++) {
			const unit = await video.next();
			if (!unit) {
				endWith(`${video.describe} ended`);
				return;
			}

			const payloads = packetiseAccessUnit(unit);
			for (const [index, payload] of payloads.entries()) {
				const header = new RtpHeader({payloadType: 102, sequenceNumber, timestamp, marker: index === payloads.length - 1});
				videoTrack.writeRtp(new RtpPacket(header, Buffer.from(payload)));
				sequenceNumber = (sequenceNumber + 1) & 0xff_ff;
			}

			sent.add(payloads.reduce((sum, payload) => sum + payload.length, 0));
			timestamp = (timestamp + ticks) % 0x1_00_00_00_00;
			// Paced against the start, so a late frame does not push every later one back.
			await wait(startedAt + (((frame + 1) * 1000) / video.fps) - Date.now(), stopping.signal);
		}
	};

	const sendAudio = async () => {
		const packets = options.audio ?? [];
		let sequenceNumber = Math.floor(Math.random() * 0x1_00_00);
		let timestamp = Math.floor(Math.random() * 0x1_00_00_00_00);
		for (let index = 0; packets.length > 0 && !stopping.signal.aborted; index++) {
			const header = new RtpHeader({payloadType: 111, sequenceNumber, timestamp, marker: index === 0});
			audioTrack.writeRtp(new RtpPacket(header, Buffer.from(packets[index % packets.length] ?? [])));
			sequenceNumber = (sequenceNumber + 1) & 0xff_ff;
			timestamp = (timestamp + opusSamplesPerFrame) % 0x1_00_00_00_00;
			await wait(startedAt + ((index + 1) * opusFrameMs) - Date.now(), stopping.signal);
		}
	};

	let lastRtcpAt = Date.now();
	videoSender.onRtcp.subscribe(() => {
		lastRtcpAt = Date.now();
	});
	const readRtcp = setInterval(() => {
		if (Date.now() - lastRtcpAt > rtcpSilenceMs) {
			endWith(`the receiver sent no RTCP report for ${rtcpSilenceMs / 1000} s (it ended the session)`);
		}

		videoSender.getStats().then(report => {
			for (const stats of report.values()) {
				if (stats.type === 'remote-inbound-rtp') {
					const {roundTripTime, fractionLost} = stats as {roundTripTime?: number; fractionLost?: number};
					rtcp = {
						...(roundTripTime === undefined ? {} : {rttMs: Math.round(roundTripTime * 1000)}),
						...(fractionLost === undefined ? {} : {lossPercent: Math.round(fractionLost * 1000) / 10}),
					};
				}
			}
		}, () => undefined);
	}, 1000).unref();

	const failed = (error: unknown) => {
		endWith(`sending failed: ${(error as Error).message}`);
	};

	void sendVideo().catch(failed);
	void sendAudio().catch(failed);
	void ended.then(() => {
		clearInterval(readRtcp);
	});

	let stopped: Promise<void> | undefined;
	return {
		resourceUrl,
		ended,
		stats() {
			const {kbps, fps} = sent.rates(startedAt);
			return {state, seconds: Math.floor((Date.now() - startedAt) / 1000), videoKbps: kbps, fps, framesSent: sent.total, ...rtcp};
		},
		stop(signal) {
			stopped ??= (async () => {
				endWith('stopped');
				clearInterval(readRtcp);
				try {
					await deleteSession(resourceUrl, options.token, signal);
				} finally {
					await closePeer(peer);
					state = 'closed';
				}
			})();
			return stopped;
		},
	};
}

async function wait(ms: number, signal: AbortSignal): Promise<void> {
	if (ms <= 0) {
		return;
	}

	await delay(ms, undefined, {signal}).catch(() => undefined);
}
