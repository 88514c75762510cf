// ink-testing-library's render, but with a terminal of a chosen size that can be resized, so the
// 60- and 80-column layouts and resizes are tested as a user would see them.
import {EventEmitter} from 'node:events';
import type {ReactElement} from 'react';
import {render} from 'ink';

class SizedStdout extends EventEmitter {
	frames: string[] = [];
	isTTY = true;
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}

	write = (frame: string) => {
		this.frames.push(frame);
		return true;
	};

	lastFrame = (): string | undefined => this.frames.at(-1);

	resize(columns: number, rows: number) {
		this.columns = columns;
		this.rows = rows;
		this.emit('resize');
	}
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};

	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

export type SizedRender = {
	stdout: SizedStdout;
	stdin: FakeStdin;
	lastFrame: () => string | undefined;
	/** Frames written so far; OSC 52 writes land here too. */
	frames: string[];
	resize(columns: number, rows: number): void;
	unmount(): void;
	rerender(tree: ReactElement): void;
};

export function renderSized(tree: ReactElement, {columns = 80, rows = 24} = {}): SizedRender {
	const stdout = new SizedStdout(columns, rows);
	const stdin = new FakeStdin();
	const instance = render(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: new SizedStdout(columns, rows) as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		// Debug mode writes each whole frame, so lastFrame is exactly what is on screen.
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	return {
		stdout,
		stdin,
		lastFrame: stdout.lastFrame,
		frames: stdout.frames,
		resize: (newColumns, newRows) => {
			stdout.resize(newColumns, newRows);
		},
		unmount: () => {
			instance.unmount();
			instance.cleanup();
		},
		rerender: instance.rerender,
	};
}
