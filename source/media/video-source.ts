// Where a publisher's H.264 comes from: the test pattern that ships with the package, an Annex B
// file (looped), or Annex B on stdin (`ffmpeg … -f h264 -`, until it ends). Each gives access
// units one at a time; the publisher paces them.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {readRegularFileSync} from '../basics/read-regular-file.js';
import {AccessUnitReader, groupAccessUnits, nalType, splitNalUnits} from './annex-b.js';
import {readSequenceParameters} from './h264-syntax.js';
import {opusPacketsInOgg} from './ogg-opus.js';

/** A file to loop is read whole: far above a few minutes of a 720p test clip. */
export const maxVideoFileBytes = 256 * 1024 * 1024;
/** One NAL unit from stdin may hold this much before the stream is taken for something else. */
export const maxNalUnitBytes = 8 * 1024 * 1024;
const defaultFps = 30;

export type VideoSource = {
	/** Frames per second to send at: the stream's own (its SPS's timing), else 30. */
	fps: number;
	/** The next access unit, or undefined when a stream that does not loop has ended. */
	next: () => Promise<Uint8Array[] | undefined>;
	describe: string;
};

export class VideoSourceError extends Error {}

/** The folder the test pattern is in: beside this module in the source, `dist/test-pattern` in the build. */
function testPatternFolder(): string {
	for (const relative of ['./test-pattern/', '../test-pattern/']) {
		const folder = fileURLToPath(new URL(relative, import.meta.url));
		if (existsSync(`${folder}video.h264`)) {
			return folder;
		}
	}

	throw new VideoSourceError('the test pattern is missing from this installation (test-pattern/video.h264)');
}

export function testPatternAudio(): Uint8Array[] {
	return opusPacketsInOgg(readRegularFileSync(`${testPatternFolder()}audio.ogg`, maxVideoFileBytes));
}

export function openVideoSource(source: string, stdin: NodeJS.ReadableStream = process.stdin): VideoSource {
	if (source === '-') {
		return streamSource(stdin);
	}

	const file = source === 'test-pattern' ? `${testPatternFolder()}video.h264` : source;
	return loopedSource(readRegularFileSync(file, maxVideoFileBytes), source === 'test-pattern' ? 'the test pattern' : file);
}

function fpsOf(units: Uint8Array[][]): number {
	const sps = units.flat().find(nal => nalType(nal) === 7);
	const fps = sps ? readSequenceParameters(sps)?.fps : undefined;
	return fps !== undefined && fps >= 1 && fps <= 120 ? fps : defaultFps;
}

function loopedSource(bytes: Uint8Array, describe: string): VideoSource {
	const units = groupAccessUnits(splitNalUnits(bytes));
	if (units.length === 0) {
		throw new VideoSourceError(`${describe} holds no H.264 pictures (an Annex B stream, as \`ffmpeg … -f h264\` writes, is needed)`);
	}

	// Looping starts again at the first IDR, so the decoder always has a picture to start from.
	const firstIdr = units.findIndex(unit => unit.some(nal => nalType(nal) === 5));
	if (firstIdr === -1) {
		throw new VideoSourceError(`${describe} has no IDR picture to start from`);
	}

	let index = firstIdr;
	return {
		fps: fpsOf(units),
		describe,
		async next() {
			const unit = units[index] ?? [];
			index = index + 1 < units.length ? index + 1 : firstIdr;
			return unit;
		},
	};
}

function streamSource(stream: NodeJS.ReadableStream): VideoSource {
	const reader = new AccessUnitReader(maxNalUnitBytes);
	const queue: Uint8Array[][] = [];
	const iterator = stream[Symbol.asyncIterator]();
	let ended = false;
	const source: VideoSource = {
		fps: defaultFps,
		describe: 'standard input',
		async next() {
			while (queue.length === 0 && !ended) {
				const chunk = await iterator.next();
				if (chunk.done) {
					ended = true;
					queue.push(...reader.end());
				} else {
					try {
						queue.push(...reader.push(Buffer.from(chunk.value as Uint8Array)));
					} catch (error) {
						throw new VideoSourceError(`standard input: ${(error as Error).message}`);
					}
				}

				const sps = queue.flat().find(nal => nalType(nal) === 7);
				const fps = sps ? readSequenceParameters(sps)?.fps : undefined;
				if (fps !== undefined && fps >= 1 && fps <= 120) {
					source.fps = fps;
				}
			}

			return queue.shift();
		},
	};
	return source;
}
