// What the emulator checks of a WHIP publisher's video, as IVS does where the stream shows it
// (IVS Real-Time's Stream Ingest page and service quotas), and what it counts for tests.
//
// - Resolution: at most 720p, read from the SPS (the larger side at most 1280, the smaller at most
//   720, so portrait 720×1280 passes) → RESOLUTION_EXCEEDED.
// - B-frames: a slice of type B → B_FRAME_PRESENT.
// - Bitrate: more than 8.5 Mbps of video over any 2 s → BITRATE_EXCEEDED.
// - Codec: the SDP offer must carry H.264 (whip-offer.ts). Of the profile, IVS asks encoders for
//   baseline, but it names a separate error for B-frames, which only main and higher profiles can
//   carry: so main (77) and high (100) are accepted here and their B-frames caught by that check;
//   a profile WebRTC viewers cannot decode at all (High 10, 4:2:2, 4:4:4, …) → INVALID_VIDEO_CODEC.
import {nalType} from '../../media/annex-b.js';
import {isBSliceType, readSequenceParameters, readSliceType} from '../../media/h264-syntax.js';
import {nalUnitsInPayload} from '../../media/rtp-h264.js';

export type StreamBreach = 'B_FRAME_PRESENT' | 'RESOLUTION_EXCEEDED' | 'BITRATE_EXCEEDED' | 'INVALID_VIDEO_CODEC';

export const maxBitsPerSecond = 8_500_000;
const bitrateWindowMs = 2000;
const decodableProfiles = new Set([66, 77, 100]);

export type VideoFacts = {frames: number; packets: number; bytes: number; width?: number; height?: number; profileIdc?: number};

export class StreamWatch {
	readonly facts: VideoFacts = {frames: 0, packets: 0, bytes: 0};
	private readonly window: Array<{at: number; bytes: number}> = [];
	private windowBytes = 0;

	/** One video RTP packet's payload; the first breach it shows, if any. */
	videoPacket(payload: Uint8Array, marker: boolean, now: number): StreamBreach | undefined {
		this.facts.packets++;
		this.facts.bytes += payload.length;
		// The marker bit ends an access unit (RFC 6184 5.1): one per picture.
		if (marker) {
			this.facts.frames++;
		}

		for (const nal of nalUnitsInPayload(payload)) {
			const breach = this.nalUnit(nal);
			if (breach) {
				return breach;
			}
		}

		return this.bitrate(payload.length, now);
	}

	private nalUnit(nal: Uint8Array): StreamBreach | undefined {
		const type = nalType(nal);
		if (type === 7) {
			const sequence = readSequenceParameters(nal);
			if (!sequence) {
				return undefined;
			}

			Object.assign(this.facts, {width: sequence.width, height: sequence.height, profileIdc: sequence.profileIdc});
			if (!decodableProfiles.has(sequence.profileIdc)) {
				return 'INVALID_VIDEO_CODEC';
			}

			const [long, short] = sequence.width >= sequence.height ? [sequence.width, sequence.height] : [sequence.height, sequence.width];
			return long > 1280 || short > 720 ? 'RESOLUTION_EXCEEDED' : undefined;
		}

		if (type === 1 || type === 5) {
			const sliceType = readSliceType(nal);
			return sliceType !== undefined && isBSliceType(sliceType) ? 'B_FRAME_PRESENT' : undefined;
		}

		return undefined;
	}

	private bitrate(bytes: number, now: number): StreamBreach | undefined {
		this.window.push({at: now, bytes});
		this.windowBytes += bytes;
		while (this.window.length > 0 && (this.window[0]?.at ?? now) <= now - bitrateWindowMs) {
			this.windowBytes -= this.window.shift()?.bytes ?? 0;
		}

		const span = now - (this.window[0]?.at ?? now);
		// Only over a full window: a burst at an IDR is not a bitrate.
		return span >= bitrateWindowMs * 0.9 && (this.windowBytes * 8 * 1000) / span > maxBitsPerSecond ? 'BITRATE_EXCEEDED' : undefined;
	}
}
