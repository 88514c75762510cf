// What the emulator reads of a WHIP offer before answering it: that it is SDP of a bounded size,
// and which codecs its audio and video sections offer (RFC 8866 m= and a=rtpmap lines). A video
// section without H.264 or an audio section without Opus is a codec IVS does not take.
export const maxOfferBytes = 64 * 1024;

export type OfferProblem = {statusCode: number; message: string; errorCode?: 'INVALID_VIDEO_CODEC' | 'INVALID_AUDIO_CODEC'};

type Section = {kind: string; codecs: string[]};

function sections(sdp: string): Section[] {
	const found: Section[] = [];
	for (const line of sdp.split(/\r?\n/)) {
		const media = /^m=(\w+) /.exec(line);
		if (media) {
			found.push({kind: media[1] ?? '', codecs: []});
			continue;
		}

		const codec = /^a=rtpmap:\d+ ([\w-]+)\//.exec(line);
		if (codec && found.length > 0) {
			found.at(-1)?.codecs.push((codec[1] ?? '').toLowerCase());
		}
	}

	return found;
}

export function offerProblem(sdp: string): OfferProblem | undefined {
	if (Buffer.byteLength(sdp) > maxOfferBytes) {
		return {statusCode: 413, message: `The SDP offer is larger than ${maxOfferBytes} bytes`};
	}

	if (!sdp.startsWith('v=0')) {
		return {statusCode: 400, message: 'The body is not an SDP offer (it must start with v=0)'};
	}

	const media = sections(sdp);
	const video = media.filter(section => section.kind === 'video');
	const audio = media.filter(section => section.kind === 'audio');
	if (video.length === 0 && audio.length === 0) {
		return {statusCode: 400, message: 'The SDP offer has no audio or video section'};
	}

	if (video.some(section => !section.codecs.includes('h264'))) {
		return {statusCode: 400, message: 'The SDP offer\'s video does not offer H.264 (IVS takes H.264 video)', errorCode: 'INVALID_VIDEO_CODEC'};
	}

	if (audio.some(section => !section.codecs.includes('opus'))) {
		return {statusCode: 400, message: 'The SDP offer\'s audio does not offer Opus (IVS takes Opus audio)', errorCode: 'INVALID_AUDIO_CODEC'};
	}

	return undefined;
}
