// The stream Ink reads the keyboard from, in front of the terminal's stdin (render(tree, {stdin})).
// It splits every read into keys (split-keys.ts) and hands Ink one key at a time: the next only
// after React has committed what the last one did and run that commit's effects, so a key that
// opens a screen or a field is followed by keys that land there (Ink's useInput and
// ink-text-input subscribe in effects; a key sent before those run would reach nobody, or the
// field that is going away). While a screen change is pending (an await before the next screen,
// a screen still loading what it shows), screens hold the keys and release them once the new
// screen's commit has run its effects (useHoldKeys). Ctrl+C is never held; Ctrl+Z is not a key
// at all but a 'suspend' event.
//
// Settling happens after a key, never before one: a forced render just before a key would spend
// Ink's frame budget (it throttles frames to 30 a second) and hold that key's frame back ~33 ms.
//
// Ink sees an ordinary raw-mode TTY stream: isTTY, setRawMode, setEncoding, ref and unref pass
// through to the real stdin, and read() returns one key per 'readable'.
import {EventEmitter} from 'node:events';
import {setImmediate as nextMacrotask} from 'node:timers/promises';
import {completeKey, ctrlC, ctrlZ, isText, splitKeys} from './split-keys.js';

/**
 * What the stream asks of the key router (key-router.tsx implements it): named here, so the stream
 * does not import the router that imports it.
 */
export type KeySink = {
	/** Resolves once the last key's render has committed and its effects have run. */
	settle(): Promise<void>;
	/** Whether a text field has focus, so a read's text goes to it whole. */
	fieldHasFocus(): boolean;
};

/** The part of a TTY read stream this needs (process.stdin, or a test's stand-in). */
export type KeyboardSource = NodeJS.EventEmitter & {
	isTTY?: boolean;
	read(): string | Buffer | null;
	setRawMode?(mode: boolean): unknown;
	setEncoding?(encoding: BufferEncoding): unknown;
	ref?(): unknown;
	unref?(): unknown;
};

/** How long a read that ends inside an escape sequence waits for the rest (Ink waits 20 ms too). */
const escapeWaitMs = 25;
const pasteWaitMs = 1000;

export class PacedInput extends EventEmitter {
	readonly isTTY: boolean;
	private readonly queue: string[] = [];
	private pending = '';
	private pendingTimer: NodeJS.Timeout | undefined;
	private outgoing: string | null = null;
	private sending = false;
	private reading = false;
	private holds = 0;
	private router: KeySink | undefined;
	private inFlight: string | undefined;

	constructor(private readonly source: KeyboardSource) {
		super();
		this.isTTY = source.isTTY === true;
		// Ink's readable listener coming back (raw mode on again) may find keys waiting.
		this.on('newListener', (event: string) => {
			if (event === 'readable') {
				void this.pump();
			}
		});
	}

	// --- What Ink calls -------------------------------------------------------------------------

	setRawMode(mode: boolean): this {
		this.source.setRawMode?.(mode);
		if (mode && !this.reading) {
			this.reading = true;
			this.source.on('readable', this.onSourceReadable);
			this.onSourceReadable();
		} else if (!mode && this.reading) {
			this.reading = false;
			this.source.removeListener('readable', this.onSourceReadable);
		}

		return this;
	}

	setEncoding(encoding: BufferEncoding): this {
		this.source.setEncoding?.(encoding);
		return this;
	}

	ref(): this {
		this.source.ref?.();
		return this;
	}

	unref(): this {
		this.source.unref?.();
		return this;
	}

	read(): string | null {
		const key = this.outgoing;
		this.outgoing = null;
		return key;
	}

	// --- What the input layer calls -------------------------------------------------------------

	/** Holds every key but Ctrl+C until the returned function is called. */
	hold(): () => void {
		this.holds++;
		let released = false;
		return () => {
			if (!released) {
				released = true;
				this.holds--;
				void this.pump();
			}
		};
	}

	/** The key router (key-router.tsx), from its first commit to its last: it says where keys go and when one is done. */
	connect(router: KeySink | undefined): void {
		this.router = router;
	}

	/** The key Ink is handling right now, as the terminal sent it (a text field asks: text-field.tsx). */
	get keyInFlight(): string | undefined {
		return this.inFlight;
	}

	/** Keys read but not yet handed to Ink (for tests). */
	get waiting(): number {
		return this.queue.length + (this.pending === '' ? 0 : 1);
	}

	// --- Inside ---------------------------------------------------------------------------------

	private readonly onSourceReadable = (): void => {
		let chunk: string | Buffer | null;
		while ((chunk = this.source.read()) !== null) {
			this.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
		}
	};

	/** Splits what the terminal sent and queues its keys; an escape sequence cut off waits a moment. */
	private push(chunk: string): void {
		clearTimeout(this.pendingTimer);
		const {keys, pending} = splitKeys(this.pending + chunk);
		this.pending = pending;
		// Ctrl+Z is for the process, not a screen: it is never held or queued (job-control.tsx).
		for (const key of keys) {
			if (key === ctrlZ) {
				this.emit('suspend');
			} else {
				this.queue.push(key);
			}
		}

		if (pending !== '') {
			// A bracketed paste may take several reads; a key's sequence comes in one, or nearly.
			const wait = pending.startsWith('\u001B[200~') ? pasteWaitMs : escapeWaitMs;
			this.pendingTimer = setTimeout(() => {
				// Nothing more came: a lone Esc, most often.
				const key = completeKey(this.pending);
				if (key !== undefined) {
					this.queue.push(key);
				}

				this.pending = '';
				void this.pump();
			}, wait);
		}

		void this.pump();
	}

	/** Hands Ink the queued keys one at a time, each once what the last one did is committed. */
	private async pump(): Promise<void> {
		if (this.sending) {
			return;
		}

		this.sending = true;
		try {
			for (;;) {
				// A macrotask later: whatever else this turn started (a render, an effect) goes first.
				await nextMacrotask();
				const key = this.takeNext();
				if (key === undefined) {
					break;
				}

				this.outgoing = key;
				this.inFlight = key;
				try {
					this.emit('readable');
				} finally {
					this.outgoing = null;
					this.inFlight = undefined;
				}

				// What this key did, committed with its effects run, before the next one is looked at.
				await this.router?.settle();
			}
		} finally {
			this.sending = false;
		}
	}

	/** The next key to send, taken off the queue: the first, or while held, a Ctrl+C; none while Ink is not reading. */
	private takeNext(): string | undefined {
		const index = this.holds > 0 ? this.queue.indexOf(ctrlC) : 0;
		const key = this.queue[index];
		if (key === undefined || this.listenerCount('readable') === 0) {
			return undefined;
		}

		// Outside a text field each character is a key (`crjq` on the live table is four); a
		// character is one code point whole (é, 🎥).
		const first = String.fromCodePoint(key.codePointAt(0)!);
		if (isText(key) && first !== key && !this.router?.fieldHasFocus()) {
			this.queue[index] = key.slice(first.length);
			return first;
		}

		this.queue.splice(index, 1);
		return key;
	}
}
