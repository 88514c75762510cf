// Ink's render with stand-in terminal streams, as ink-testing-library does, but with the wizard's
// input layer in front of stdin and around the tree (the paced stream and key router mount-wizard.tsx
// uses), a terminal size that can change, and every frame kept: component tests meet keys the way
// the real wizard does.
import {EventEmitter} from 'node:events';
import type {ReactElement} from 'react';
import {render} from 'ink';
import {KeyRouterProvider} from '../../source/ui/keys/key-router.js';
import {PacedInput} from '../../source/ui/keys/paced-input.js';

export class FakeStdout extends EventEmitter {
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

/** A terminal's stdin: what a test writes is one read. */
export class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
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

export type InkRender = {
	stdout: FakeStdout;
	/** Where a test types: the terminal's side, in front of the input layer. */
	stdin: FakeStdin;
	/** What Ink reads. */
	paced: PacedInput;
	lastFrame: () => string | undefined;
	frames: string[];
	resize(columns: number, rows: number): void;
	unmount(): void;
	rerender(tree: ReactElement): void;
};

export function renderInk(tree: ReactElement, {columns = 100, rows = 24} = {}): InkRender {
	const stdout = new FakeStdout(columns, rows);
	const stdin = new FakeStdin();
	const paced = new PacedInput(stdin);
	const keyed = (root: ReactElement) => <KeyRouterProvider stdin={paced}>{root}</KeyRouterProvider>;
	const instance = render(keyed(tree), {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: new FakeStdout(columns, rows) as unknown as NodeJS.WriteStream,
		stdin: paced as unknown as NodeJS.ReadStream,
		// Debug mode writes each whole frame, so lastFrame is exactly what is on screen.
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
		concurrent: false,
	});
	return {
		stdout,
		stdin,
		paced,
		lastFrame: stdout.lastFrame,
		frames: stdout.frames,
		resize(newColumns, newRows) {
			stdout.resize(newColumns, newRows);
		},
		unmount() {
			instance.unmount();
			instance.cleanup();
		},
		rerender(root) {
			instance.rerender(keyed(root));
		},
	};
}
