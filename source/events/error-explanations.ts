// What each of ListParticipantEvents' error codes means to the person at the encoder, in one
// plain line that says what to change. The codes are the API model's EventErrorCode enum; a test
// holds this table to it, so a code the model gains cannot go unexplained. The limits are IVS
// Real-Time's published ones for a publisher (WHIP or RTMP ingest, and its service quotas).

export const eventErrorExplanations = {
	INSUFFICIENT_CAPABILITIES: 'the token does not allow this: publishing needs PUBLISH and subscribing SUBSCRIBE; make a token with that capability',
	QUOTA_EXCEEDED: 'the stage is full (at most 12 publishers and 10,000 subscribers); wait for someone to leave, or use another stage',
	PUBLISHER_NOT_FOUND: 'it subscribed to a publisher that is not in the stage (any more); subscribe to one that is publishing now',
	BITRATE_EXCEEDED: 'the stream is over 8.5 Mbps; lower the encoder\'s bitrate (x264: bitrate and vbv-maxrate at most 8500k)',
	RESOLUTION_EXCEEDED: 'the video is larger than 720p; send at most 1280x720 (or 720x1280 in portrait)',
	STREAM_DURATION_EXCEEDED: 'the stream ran past the longest one IVS allows; stop and publish again',
	INVALID_AUDIO_CODEC: 'the audio is not Opus; encode the audio as Opus',
	INVALID_VIDEO_CODEC: 'the video is not H.264 constrained baseline; encode H.264 with the baseline profile (x264: profile=baseline)',
	INVALID_PROTOCOL: 'the ingest configuration wants RTMPS but the encoder used RTMP; stream to the rtmps:// URL',
	INVALID_STREAM_KEY: 'the stream key is not valid; copy the stream key of the stage\'s ingest configuration again',
	REUSE_OF_STREAM_KEY: 'the stream key is already in use in another active stage session; stop that stream or use another key',
	B_FRAME_PRESENT: 'the encoder sends B-frames; turn them off (x264: bframes=0)',
	INVALID_INPUT: 'the stream is not one IVS can read; check the encoder\'s settings (H.264 baseline, an IDR every 1-2 s, 10-60 fps, Opus)',
	INTERNAL_SERVER_EXCEPTION: 'IVS failed on its side; publish again, and if it keeps failing ask AWS Support',
} as const satisfies Record<string, string>;

export type EventErrorCode = keyof typeof eventErrorExplanations;

/** The line for a code; a code this table does not know (the service's newer ones) says so rather than guess. */
export function explainErrorCode(code: string): string {
	return Object.hasOwn(eventErrorExplanations, code)
		? eventErrorExplanations[code as EventErrorCode]
		: 'a code this version does not know; see ListParticipantEvents in the IVS Real-Time API reference';
}
