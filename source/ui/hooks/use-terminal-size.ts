// The terminal's size, updated on every resize, so each screen lays itself out for what it has.
// Every component that measures shares one 'resize' listener per output stream: a form measures
// in each field (its problem lines wrap to the width), and Ink's useWindowSize, a listener per
// component, passed Node's limit of ten on the recording step (a MaxListenersExceededWarning).
import {useCallback, useSyncExternalStore} from 'react';
import {useStdout} from 'ink';

export type TerminalSize = {columns: number; rows: number};

type Measured = NodeJS.WritableStream & {columns?: number; rows?: number};

type Watch = {size: TerminalSize; subscribers: Set<() => void>; onResize: () => void};

const watches = new WeakMap<Measured, Watch>();

function watchOf(stdout: Measured): Watch {
	let watch = watches.get(stdout);
	if (!watch) {
		const subscribers = new Set<() => void>();
		watch = {
			size: {columns: 0, rows: 0},
			subscribers,
			onResize() {
				for (const subscriber of subscribers) {
					subscriber();
				}
			},
		};
		watches.set(stdout, watch);
	}

	return watch;
}

/** The same object while the size stays, as useSyncExternalStore needs. */
function sizeOf(stdout: Measured): TerminalSize {
	const watch = watchOf(stdout);
	// Ink's own fallback for a stream that reports no size: 80×24.
	const columns = stdout.columns || 80;
	const rows = stdout.rows || 24;
	if (watch.size.columns !== columns || watch.size.rows !== rows) {
		watch.size = {columns, rows};
	}

	return watch.size;
}

function subscribe(stdout: Measured, onChange: () => void): () => void {
	const watch = watchOf(stdout);
	if (watch.subscribers.size === 0) {
		stdout.on('resize', watch.onResize);
	}

	watch.subscribers.add(onChange);
	return () => {
		watch.subscribers.delete(onChange);
		if (watch.subscribers.size === 0) {
			stdout.off('resize', watch.onResize);
		}
	};
}

export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout() as {stdout: Measured};
	const subscribeHere = useCallback((onChange: () => void) => subscribe(stdout, onChange), [stdout]);
	return useSyncExternalStore(subscribeHere, () => sizeOf(stdout));
}
