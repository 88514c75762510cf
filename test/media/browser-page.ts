// The web page the browser test serves: a WHIP publisher as a web app would write one, with the
// browser's own WebRTC. It takes the fake camera and microphone, pins H.264 constrained baseline
// (what IVS takes) with setCodecPreferences, POSTs the offer with the Bearer token, and reports
// each step to the server that served it (POST /report), which is how the test hears from it.
// When the server answers GET /wait-stop it DELETEs its session, as a WHIP client leaves.
//
// The redirect: IVS answers the first POST with a 307, and a WHIP client must send the token again.
// A page cannot follow it by hand (fetch's redirect: 'manual' hides the Location from scripts), so
// it lets fetch follow it, which keeps Authorization when the redirect stays on one origin (the
// emulator's does; fetch drops it on a cross-origin one).

export type PageConfig = {whipUrl: string; token: string};

/** The config goes in as JSON with `<` escaped, so a value holding "</script>" cannot end the script early. */
function script(config: PageConfig): string {
	return `
const config = ${JSON.stringify(config).replaceAll('<', '\\u003C')};
const report = async (step, details = {}) => {
	await fetch('/report', {method: 'POST', body: JSON.stringify({step, ...details})});
};
const settled = (peer, event, test) => new Promise(resolve => {
	if (test()) { resolve(); return; }
	peer.addEventListener(event, () => { if (test()) { resolve(); } });
});
(async () => {
	const stream = await navigator.mediaDevices.getUserMedia({video: {width: 640, height: 360, frameRate: 30}, audio: true});
	const peer = new RTCPeerConnection();
	const video = peer.addTransceiver(stream.getVideoTracks()[0], {direction: 'sendonly', streams: [stream]});
	peer.addTransceiver(stream.getAudioTracks()[0], {direction: 'sendonly', streams: [stream]});
	const baseline = RTCRtpSender.getCapabilities('video').codecs.filter(codec =>
		codec.mimeType === 'video/H264' && /profile-level-id=42e01f/.test(codec.sdpFmtpLine ?? '') && /packetization-mode=1/.test(codec.sdpFmtpLine ?? ''));
	if (baseline.length === 0) {
		await report('failed', {reason: 'this browser offers no H.264 constrained baseline (42e01f, packetization-mode 1) to send'});
		return;
	}

	video.setCodecPreferences(baseline);
	await peer.setLocalDescription(await peer.createOffer());
	await settled(peer, 'icegatheringstatechange', () => peer.iceGatheringState === 'complete');
	const answer = await fetch(config.whipUrl, {
		method: 'POST',
		headers: {'Authorization': 'Bearer ' + config.token, 'Content-Type': 'application/sdp'},
		body: peer.localDescription.sdp,
	});
	const text = await answer.text();
	if (answer.status !== 201) {
		await report('failed', {reason: 'the WHIP endpoint answered ' + answer.status + ': ' + text});
		return;
	}

	const session = new URL(answer.headers.get('Location'), answer.url).href;
	await peer.setRemoteDescription({type: 'answer', sdp: text});
	await settled(peer, 'connectionstatechange', () => ['connected', 'failed', 'closed'].includes(peer.connectionState));
	await report('connected', {state: peer.connectionState, session, redirected: answer.redirected, offeredH264: /a=rtpmap:\\d+ H264\\/90000/.test(peer.localDescription.sdp)});
	await fetch('/wait-stop');
	const left = await fetch(session, {method: 'DELETE', headers: {'Authorization': 'Bearer ' + config.token}});
	peer.close();
	await report('stopped', {status: left.status});
})().catch(error => report('failed', {reason: String(error && error.message || error)}));
`;
}

export function pageHtml(config: PageConfig): string {
	return `<!doctype html><meta charset="utf-8"><title>WHIP publisher</title><script type="module">${script(config)}</script>`;
}
