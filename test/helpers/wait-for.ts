// Waiting on what a test can see instead of sleeping: poll until a frame holds some text, or until
// a key press has produced a new frame. Ink ≥ 6.8 splits several keys written at once and
// subscribes its input handlers in effects, so tests send one key, then wait for its frame.
import {setImmediate as nextTurn} from 'node:timers/promises';

export type WaitOptions = {timeout?: number; interval?: number};

type FrameSource = {lastFrame: () => string | undefined};
type KeySink = FrameSource & {stdin: {write: (data: string) => void}};

// A guard against a hang, not a speed check: on a shared two-core machine under load a frame can
// take seconds (at a load of 10, 5 s deadlines failed a dozen tests before and after issue 10's
// changes alike). ava's own timeout (60 s) still ends a test that truly hangs.
const defaultTimeout = 20_000;

/** Polls `check` until it returns something truthy, and returns that. */
export async function waitFor<T>(check: () => T | undefined | null | false, describe: () => string, {timeout = defaultTimeout, interval = 5}: WaitOptions = {}): Promise<T> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const result = check();
		if (result) {
			return result;
		}

		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeout} ms waiting for ${describe()}`);
		}

		await new Promise(resolve => {
			setTimeout(resolve, interval);
		});
	}
}

/** Waits until the last frame contains `text` (or matches it) and returns that frame. */
export async function waitForFrame(instance: FrameSource, text: string | RegExp, options?: WaitOptions): Promise<string> {
	return waitFor(
		() => {
			const frame = instance.lastFrame() ?? '';
			return (typeof text === 'string' ? frame.includes(text) : text.test(frame)) ? frame : undefined;
		},
		() => `${String(text)} in the frame:\n${instance.lastFrame() ?? '(nothing rendered)'}`,
		options,
	);
}

/** Waits until the last frame no longer contains `text`. */
export async function waitForFrameWithout(instance: FrameSource, text: string, options?: WaitOptions): Promise<string> {
	return waitFor(
		() => {
			const frame = instance.lastFrame() ?? '';
			return frame.includes(text) ? undefined : frame || ' ';
		},
		() => `${text} to leave the frame:\n${instance.lastFrame() ?? ''}`,
		options,
	);
}

/**
 * Sends one key (or one run of text) and waits for the frame it causes, then lets React run the
 * effects of that render, so the next key reaches the handlers the new frame set up.
 */
export async function press(instance: KeySink, data: string, options?: WaitOptions): Promise<string> {
	const before = instance.lastFrame();
	instance.stdin.write(data);
	const frame = await waitFor(
		() => {
			const now = instance.lastFrame();
			return now !== before ? now ?? ' ' : undefined;
		},
		() => `a new frame after writing ${JSON.stringify(data)}; still:\n${before ?? ''}`,
		options,
	);
	await nextTurn();
	return frame;
}

/** Sends keys one at a time, each waiting for its frame. */
export async function pressEach(instance: KeySink, keys: string[], options?: WaitOptions): Promise<string> {
	let frame = instance.lastFrame() ?? '';
	for (const key of keys) {
		frame = await press(instance, key, options);
	}

	return frame;
}

/** Lets effects scheduled by the last render run (input handlers subscribe in effects). */
export async function settle(): Promise<void> {
	await nextTurn();
	await nextTurn();
}

export const keys = {
	enter: '\r',
	tab: '\t',
	shiftTab: '\u001B[Z',
	escape: '\u001B',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	backspace: '\u007F',
	delete: '\u001B[3~',
	space: ' ',
	ctrlC: '\u0003',
} as const;

/** A pattern for text that may wrap anywhere between its words. */
export function loose(text: string): RegExp {
	return new RegExp(text.split(/\s+/).map(word => word.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
}
