// The wizard, the live table and, with --sandbox, the emulator share one process that stays up for
// as long as the table is open, so its memory is what a user sees in their process list. V8 sizes
// its heap for throughput: the young generation doubles whenever start-up allocates fast (to 16 MiB
// and more here), the old generation grows in big steps, and hot code gets a second optimising
// compiler with its own memory. These run-time flags (the few V8 honours after start-up; heap limits
// are not among them) keep the young generation at the size it has now, grow the old generation
// for memory, and leave TurboFan out (Maglev still optimises what gets hot). Set once Ink has
// loaded: keeping the young generation small while Ink loads costs the first frame ~13 ms of
// scavenging. Measured with `npm run bench`: the live table's peak from ~105 to ~90 MiB, with
// the first frame, keystroke-to-frame and idle CPU unchanged.
import v8 from 'node:v8';

export const sessionHeapFlags = ['--semi-space-growth-factor=1', '--optimize-for-size', '--efficiency-mode'];

export function sizeHeapForSession(): void {
	v8.setFlagsFromString(sessionHeapFlags.join(' '));
}
