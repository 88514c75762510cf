// One Ink input subscription for the whole wizard, routing each key to the handlers registered
// with useKeys. Handlers register in layout effects, which run in the same task as the commit that
// draws their frame; Ink's useInput subscribes in a passive effect, which React 19 may run a turn
// later, and a key typed in that gap (type-ahead, a busy machine) would reach nobody.
import React, {createContext, useContext, useLayoutEffect, useMemo, useRef, type ReactNode} from 'react';
import {useInput, type Key} from 'ink';

export type KeyHandler = (input: string, key: Key) => void;

type Entry = {current: KeyHandler};

export class KeyRouter {
	private readonly entries = new Set<Entry>();

	add(entry: Entry): () => void {
		this.entries.add(entry);
		return () => {
			this.entries.delete(entry);
		};
	}

	dispatch(input: string, key: Key): void {
		// A copy: a handler may unmount another (or mount one) and that must not change who hears this key.
		for (const entry of [...this.entries]) {
			entry.current(input, key);
		}
	}
}

const RouterContext = createContext<KeyRouter | undefined>(undefined);

export function KeyRouterProvider({children}: {children: ReactNode}) {
	const router = useMemo(() => new KeyRouter(), []);
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
