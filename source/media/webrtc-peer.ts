// The one place werift (pure TypeScript WebRTC) is set up, for both ends of WHIP: the publisher
// (publisher.ts) and the emulator's receiving peer (../emulator/whip/whip-peer.ts). Both load this
// module only when they run, so werift stays out of every other command's start-up.
import {RTCPeerConnection, RTCRtpCodecParameters} from 'werift';

/** What IVS takes: H.264 constrained baseline (profile-level-id 42e01f) in packetization mode 1, and Opus. */
export const h264Codec = () => new RTCRtpCodecParameters({
	mimeType: 'video/H264',
	clockRate: 90_000,
	payloadType: 102,
	rtcpFeedback: [{type: 'nack'}, {type: 'nack', parameter: 'pli'}],
	parameters: 'level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f',
});

export const opusCodec = () => new RTCRtpCodecParameters({mimeType: 'audio/opus', clockRate: 48_000, channels: 2, payloadType: 111});

/**
 * A peer for one WHIP session. With `loopbackOnly` (the emulator, and a publisher whose WHIP URL
 * is a loopback address) its only candidate is 127.0.0.1 and its sockets are bound there, so
 * nothing listens beyond this machine; otherwise it offers its host addresses (IVS's servers are
 * reachable directly; no STUN server is asked, so nothing outside the session is contacted).
 */
export function createPeer(options: {loopbackOnly: boolean}): RTCPeerConnection {
	return new RTCPeerConnection({
		codecs: {video: [h264Codec()], audio: [opusCodec()]},
		iceServers: [],
		iceUseTcp: false,
		// One transport for audio and video from the start, as every WHIP server bundles them.
		bundlePolicy: 'max-bundle',
		...(options.loopbackOnly
			? {iceUseIpv4: false, iceUseIpv6: false, iceAdditionalHostAddresses: ['127.0.0.1'], iceInterfaceAddresses: {udp4: '127.0.0.1'}}
			: {iceUseIpv6: false}),
	});
}

/** The local description once every candidate is in it: WHIP sends one offer and one answer, no trickle. */
export async function completeLocalDescription(peer: RTCPeerConnection): Promise<string> {
	if (peer.iceGatheringState !== 'complete') {
		await new Promise<void>(resolve => {
			const {unSubscribe} = peer.iceGatheringStateChange.subscribe(state => {
				if (state === 'complete') {
					unSubscribe();
					resolve();
				}
			});
		});
	}

	return peer.localDescription?.sdp ?? '';
}

export function isLoopbackHost(hostname: string): boolean {
	return hostname === 'localhost' || hostname.startsWith('127.') || hostname === '[::1]' || hostname === '::1';
}

/**
 * Closes the peer and every socket it opened. werift 0.25's close() can leave an ICE socket bound
 * (a transport already marked closed skips closing its connection), which would keep the process
 * alive after `publish` is done; the connections are closed here again, which is harmless.
 */
export async function closePeer(peer: RTCPeerConnection): Promise<void> {
	const transports = [...peer.iceTransports];
	await peer.close();
	await Promise.allSettled(transports.map(async transport => transport.connection.close()));
}
