// The publisher's status as one line: rewritten in place at a terminal, printed as plain lines
// (at each change of state and every 10 s) otherwise, so a log stays readable.
import type {PublishStats} from '../media/publisher.js';

const plainEveryMs = 10_000;

export function statusText(stats: PublishStats): string {
	const time = `${String(Math.floor(stats.seconds / 60)).padStart(2, '0')}:${String(stats.seconds % 60).padStart(2, '0')}`;
	const rtt = stats.rttMs === undefined ? 'RTT –' : `RTT ${stats.rttMs} ms`;
	const loss = stats.lossPercent === undefined ? 'loss –' : `loss ${stats.lossPercent}%`;
	return `${stats.state}  ${time}  video ${stats.videoKbps} kbps ${stats.fps} fps  ${rtt}  ${loss}`;
}

export class StatusLine {
	private lastPlainAt = 0;
	private lastState = '';
	private shown = false;

	constructor(
		private readonly stream: NodeJS.WriteStream,
		private readonly terminal: boolean,
	) {}

	show(stats: PublishStats): void {
		const text = statusText(stats);
		if (this.terminal) {
			this.stream.write(`\r\u001B[2K${text}`);
			this.shown = true;
			return;
		}

		const now = Date.now();
		if (stats.state !== this.lastState || now - this.lastPlainAt >= plainEveryMs) {
			this.stream.write(`${text}\n`);
			this.lastPlainAt = now;
			this.lastState = stats.state;
		}
	}

	/** Ends the in-place line, so what follows starts on a line of its own. */
	finish(): void {
		if (this.shown) {
			this.stream.write('\n');
			this.shown = false;
		}
	}
}
