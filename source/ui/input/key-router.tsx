// The one place the app hears keys from Ink: a single useInput whose keys go to the handlers
// registered with useKeys, in registration order. Handlers register in layout effects, in the same
// commit that draws their frame, so a key paced in after that commit (paced-input.ts) finds them.
// The router also tells the paced stream when a key has arrived, and lets it wait until the commit
// that key caused has run its effects (a field that just appeared has subscribed by then).
import {createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import {useInput, useStdin, type Key} from 'ink';
import {PacedInput} from './paced-input.js';

export type KeyHandler = (input: string, key: Key) => void;

type Entry = {current: KeyHandler};

export class KeyRouter {
	private readonly entries = new Set<Entry>();
	private fields = 0;

	constructor(readonly paced: PacedInput | undefined) {}

	add(entry: Entry): () => void {
		this.entries.add(entry);
		return () => {
			this.entries.delete(entry);
		};
	}

	dispatch(input: string, key: Key): void {
		this.paced?.noteKey();
		// A copy: a handler may unmount another (or mount one) and that must not change who hears this key.
		for (const entry of [...this.entries]) {
			entry.current(input, key);
		}
	}

	/** Counts focused text fields; the returned function un-counts. */
	focusField(): () => void {
		this.fields++;
		return () => {
			this.fields--;
		};
	}

	get hasFocusedField(): boolean {
		return this.fields > 0;
	}
}

const RouterContext = createContext<KeyRouter | undefined>(undefined);

/**
 * Settling: a state change made from outside React renders at once (Ink's legacy root), and
 * React first runs every effect still pending from earlier commits; this component's own effect
 * then says that all is done. The children are a prop, so this render redraws nothing else.
 */
function useSettler(paced: PacedInput | undefined): void {
	const [tick, setTick] = useState(0);
	const waiters = useRef<Array<() => void>>([]);
	useLayoutEffect(() => {
		if (!paced) {
			return undefined;
		}

		// Always the same array, emptied in place.
		const pending = waiters.current;
		paced.setSettler(
			async () =>
				new Promise<void>(resolve => {
					pending.push(resolve);
					setTick(value => value + 1);
				}),
		);
		return () => {
			paced.setSettler(undefined);
			for (const resolve of pending.splice(0)) {
				resolve();
			}
		};
	}, [paced]);
	useEffect(() => {
		for (const resolve of waiters.current.splice(0)) {
			resolve();
		}
	}, [tick]);
}

export function KeyRouterProvider({children}: {children: ReactNode}) {
	const {stdin} = useStdin();
	const paced = stdin instanceof PacedInput ? stdin : undefined;
	const router = useMemo(() => new KeyRouter(paced), [paced]);
	useLayoutEffect(() => {
		paced?.setTypingCheck(() => router.hasFocusedField);
	}, [paced, router]);
	useSettler(paced);
	useInput((input, key) => {
		router.dispatch(input, key);
	});
	return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/**
 * useInput's contract (every active handler hears every key), registered in a layout effect.
 * Outside a KeyRouterProvider (a component rendered on its own) it falls back to useInput.
 */
export function useKeys(handler: KeyHandler, options: {isActive?: boolean} = {}): void {
	const isActive = options.isActive ?? true;
	const router = useContext(RouterContext);
	const entry = useRef<Entry>({current: handler});
	useLayoutEffect(() => {
		entry.current.current = handler;
	});
	useLayoutEffect(() => (router && isActive ? router.add(entry.current) : undefined), [router, isActive]);
	useInput(
		(input, key) => {
			entry.current.current(input, key);
		},
		{isActive: !router && isActive},
	);
}

/**
 * A screen that is not ready for keys yet (loading what it shows, waiting for the service before
 * the next screen) holds them while `pending`; they are handed on, in order, once it is ready.
 */
export function useHoldKeys(pending: boolean): void {
	const router = useContext(RouterContext);
	const paced = router?.paced;
	const release = useRef<(() => void) | undefined>(undefined);
	// Taken in a layout effect: in place in the commit that shows the pending state, before the
	// paced stream can send another key.
	useLayoutEffect(() => {
		if (pending && paced && !release.current) {
			release.current = paced.hold();
		}
	}, [pending, paced]);
	// Let go in a passive effect: the keys then wait until the commit that shows the screen is done
	// with its effects too (a field on it listens by then, the one it replaced no longer does).
	useEffect(() => {
		if (!pending) {
			release.current?.();
			release.current = undefined;
		}
	}, [pending]);
	useEffect(
		() => () => {
			release.current?.();
			release.current = undefined;
		},
		[],
	);
}

/** A focused text field: runs of text reach it whole (a paste is one insertion). */
export function useFieldFocus(focused: boolean): void {
	const router = useContext(RouterContext);
	useLayoutEffect(() => (router && focused ? router.focusField() : undefined), [router, focused]);
}

/** The key being handled now, as the terminal sent it (undefined without the paced stream). */
export function useKeyInFlight(): () => string | undefined {
	const router = useContext(RouterContext);
	return () => router?.paced?.keyInFlight;
}
