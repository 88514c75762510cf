// The WHIP sessions of one emulator: each is a publisher's offer answered by a peer
// (whip-peer.ts), watched (stream-watch.ts) and ended once: by DELETE, by the connection closing,
// by no RTP for a few seconds, by a breach of IVS's rules, or by the emulator stopping. Ended
// sessions stay listed (the last 100), so a test reads what was received after the publisher left.
import {randomUUID} from 'node:crypto';
import type {OperationContext} from '../operations/context.js';
import type {TokenHolder} from '../participant-token-check.js';
import type {AnsweringPeer} from './whip-peer.js';
import {StreamWatch, type VideoFacts} from './stream-watch.js';
import {markLeft, markPublishing, recordPublishError, subjectOf} from './whip-presence.js';

/** A publisher whose RTP stops for this long has dropped (the service sees the same from its side). */
export const mediaTimeoutMs = 5000;
/** An offer answered but never followed by media is given up after this long. */
export const firstMediaTimeoutMs = 30_000;
const keptEnded = 100;

export type WhipSessionView = {
	id: string;
	stageArn: string;
	sessionId: string;
	participantId: string;
	userId?: string;
	state: 'waiting' | 'publishing' | 'ended';
	/** Whether ICE and DTLS came up (a session can be connected and still send nothing). */
	connected: boolean;
	video: VideoFacts;
	audioPackets: number;
	errors: string[];
	endReason?: string;
};

type Session = WhipSessionView & {
	token: string;
	holder: TokenHolder;
	watch: StreamWatch;
	answeredAt: number;
	lastMediaAt: number;
	peer?: AnsweringPeer;
	timer: NodeJS.Timeout;
};

export class WhipSessions {
	private readonly sessions = new Map<string, Session>();

	constructor(private readonly context: OperationContext) {}

	/** Answers an offer: the session is listed from now, and publishes once media arrives. */
	async open(offer: string, token: string, holder: TokenHolder, sessionId: string): Promise<{id: string; answer: string}> {
		// One publisher per participant, as a new connection with the same token replaces the old one.
		for (const session of this.sessions.values()) {
			if (session.state !== 'ended' && session.participantId === holder.participantId && session.stageArn === holder.stageArn) {
				await this.end(session, 'replaced by a new WHIP session with the same token');
			}
		}

		const id = randomUUID();
		const watch = new StreamWatch();
		const session: Session = {
			id,
			stageArn: holder.stageArn,
			sessionId,
			participantId: holder.participantId,
			...(holder.userId === undefined ? {} : {userId: holder.userId}),
			state: 'waiting',
			connected: false,
			video: watch.facts,
			audioPackets: 0,
			errors: [],
			token,
			holder,
			watch,
			answeredAt: Date.now(),
			lastMediaAt: Date.now(),
			timer: setInterval(() => {
				this.checkTimeouts(session);
			}, 1000).unref(),
		};
		this.sessions.set(id, session);
		this.forgetOldEnded();
		try {
			const {answerWhipOffer} = await import('./whip-peer.js');
			session.peer = await answerWhipOffer(offer, {
				video: (payload, marker) => {
					this.video(session, payload, marker);
				},
				audio: () => {
					session.audioPackets++;
					session.lastMediaAt = Date.now();
				},
				connected: () => {
					session.connected = true;
				},
				closed: reason => {
					void this.end(session, reason);
				},
			});
			if (session.state === 'ended') {
				await session.peer.close();
			}

			return {id, answer: session.peer.answer};
		} catch (error) {
			await this.end(session, `the offer could not be answered: ${(error as Error).message}`);
			throw error;
		}
	}

	get(id: string): (WhipSessionView & {token: string}) | undefined {
		return this.sessions.get(id);
	}

	/** DELETE of the session's resource. */
	async delete(id: string): Promise<void> {
		const session = this.sessions.get(id);
		if (session) {
			await this.end(session, 'DELETE');
		}
	}

	views(): WhipSessionView[] {
		return [...this.sessions.values()].map(session => ({
			id: session.id,
			stageArn: session.stageArn,
			sessionId: session.sessionId,
			participantId: session.participantId,
			...(session.userId === undefined ? {} : {userId: session.userId}),
			state: session.state,
			connected: session.connected,
			video: {...session.video},
			audioPackets: session.audioPackets,
			errors: [...session.errors],
			...(session.endReason === undefined ? {} : {endReason: session.endReason}),
		}));
	}

	async closeAll(): Promise<void> {
		await Promise.all([...this.sessions.values()].map(async session => this.end(session, 'the emulator stopped')));
	}

	private video(session: Session, payload: Uint8Array, marker: boolean): void {
		if (session.state === 'ended') {
			return;
		}

		session.lastMediaAt = Date.now();
		if (session.state === 'waiting') {
			if (!markPublishing(this.context, session.holder, session.sessionId)) {
				void this.end(session, 'the stage was deleted');
				return;
			}

			session.state = 'publishing';
		}

		const breach = session.watch.videoPacket(payload, marker, Date.now());
		if (breach) {
			session.errors.push(breach);
			recordPublishError(this.context, subjectOf(session.holder, session.sessionId), breach);
			void this.end(session, `the stream broke a rule: ${breach}`);
		}
	}

	private checkTimeouts(session: Session): void {
		const now = Date.now();
		if (session.state === 'publishing' && now - session.lastMediaAt > mediaTimeoutMs) {
			void this.end(session, `no RTP for ${mediaTimeoutMs / 1000} s`);
		} else if (session.state === 'waiting' && now - session.answeredAt > firstMediaTimeoutMs) {
			void this.end(session, `no media within ${firstMediaTimeoutMs / 1000} s of the answer`);
		}
	}

	private async end(session: Session, reason: string): Promise<void> {
		if (session.state === 'ended') {
			return;
		}

		const published = session.state === 'publishing';
		session.state = 'ended';
		session.endReason = reason;
		clearInterval(session.timer);
		if (published) {
			markLeft(this.context, subjectOf(session.holder, session.sessionId));
		}

		await session.peer?.close();
	}

	private forgetOldEnded(): void {
		const ended = [...this.sessions.values()].filter(session => session.state === 'ended');
		for (const session of ended.slice(0, Math.max(0, ended.length - keptEnded))) {
			this.sessions.delete(session.id);
		}
	}
}
