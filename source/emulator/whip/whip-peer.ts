// The emulator's side of one WHIP session: a real WebRTC peer (werift) on 127.0.0.1 that answers
// the publisher's offer and hands each RTP packet it receives to the session (whip-sessions.ts).
// Loaded with import() at the first WHIP offer, so the emulator starts without werift.
import {closePeer, completeLocalDescription, createPeer} from '../../media/webrtc-peer.js';

export type PeerEvents = {
	video: (payload: Uint8Array, marker: boolean) => void;
	audio: (payload: Uint8Array) => void;
	/** ICE and DTLS are up: media may flow (it is media, not this, that makes a publisher). */
	connected: () => void;
	/** ICE or DTLS ended: the publisher went away without a DELETE. */
	closed: (reason: string) => void;
};

export type AnsweringPeer = {answer: string; close: () => Promise<void>};

export async function answerWhipOffer(offer: string, events: PeerEvents): Promise<AnsweringPeer> {
	const peer = createPeer({loopbackOnly: true});
	peer.onTrack.subscribe(track => {
		track.onReceiveRtp.subscribe(rtp => {
			if (track.kind === 'video') {
				events.video(rtp.payload, rtp.header.marker);
			} else if (track.kind === 'audio') {
				events.audio(rtp.payload);
			}
		});
	});
	peer.connectionStateChange.subscribe(state => {
		if (state === 'connected') {
			events.connected();
		} else if (state === 'failed' || state === 'closed') {
			events.closed(`the connection ${state}`);
		}
	});
	try {
		await peer.setRemoteDescription({type: 'offer', sdp: offer});
		await peer.setLocalDescription(await peer.createAnswer());
		const answer = await completeLocalDescription(peer);
		return {answer, close: async () => closePeer(peer)};
	} catch (error) {
		await closePeer(peer);
		throw error;
	}
}
