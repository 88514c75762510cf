// Writes the media clips, once, at development time: the test pattern `publish` sends by default
// (source/media/test-pattern/, copied into dist/ by the build) and the B-frame clip the emulator's
// checks are tested with (test/fixtures/media/). ffmpeg (with libx264 and libopus) is needed only
// here; the package and its tests read the files this writes and never run an encoder.
// Run: `npx tsx scripts/make-media-fixtures.ts`.
import {execFileSync} from 'node:child_process';
import {statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shipped = path.join(root, 'source/media/test-pattern');
const fixtures = path.join(root, 'test/fixtures/media');

// What IVS takes from a WHIP publisher: H.264 constrained baseline, an IDR every 1-2 s, no B-frames.
// keyint=15 at 15 fps is an IDR every second; repeat-headers puts SPS and PPS before each IDR, so a
// receiver joining at any IDR (or the clip looping) can decode from there.
const baselineVideo = [
	'-c:v', 'libx264', '-profile:v', 'baseline', '-level:v', '3.0', '-pix_fmt', 'yuv420p',
	'-x264-params', 'keyint=15:min-keyint=15:scenecut=0:bframes=0:repeat-headers=1',
	'-b:v', '350k', '-maxrate', '400k', '-bufsize', '400k',
];

function ffmpeg(args: string[]): void {
	execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], {stdio: 'inherit'});
}

// testsrc draws a moving gradient and a counter of seconds: a receiver can see frames advance.
ffmpeg(['-f', 'lavfi', '-i', 'testsrc=size=640x360:rate=15:duration=3', ...baselineVideo, '-f', 'h264', path.join(shipped, 'video.h264')]);
// A 440 Hz tone in 20 ms Opus packets, in Ogg (the publisher reads the pages itself).
ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=3', '-c:a', 'libopus', '-b:a', '32k', '-ac', '1', '-frame_duration', '20', '-f', 'ogg', path.join(shipped, 'audio.ogg')]);
// Main profile with two B-frames between references: what the emulator must report as B_FRAME_PRESENT.
ffmpeg([
	'-f', 'lavfi', '-i', 'testsrc=size=320x180:rate=15:duration=2',
	'-c:v', 'libx264', '-profile:v', 'main', '-pix_fmt', 'yuv420p',
	'-x264-params', 'keyint=15:min-keyint=15:scenecut=0:bframes=2:b-adapt=0:repeat-headers=1',
	'-b:v', '200k', '-f', 'h264', path.join(fixtures, 'b-frames.h264'),
]);
// Baseline but 1920x1080: what the emulator must report as RESOLUTION_EXCEEDED.
ffmpeg([
	'-f', 'lavfi', '-i', 'testsrc=size=1920x1080:rate=15:duration=1', ...baselineVideo.slice(0, -6), '-b:v', '300k',
	'-f', 'h264', path.join(fixtures, 'over-720p.h264'),
]);

for (const file of [path.join(shipped, 'video.h264'), path.join(shipped, 'audio.ogg'), path.join(fixtures, 'b-frames.h264'), path.join(fixtures, 'over-720p.h264')]) {
	console.log(`${path.relative(root, file)}: ${statSync(file).size} bytes`);
}
