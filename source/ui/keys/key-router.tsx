// The one place the app hears keys from Ink, and the one owner of where they go: the handlers
// registered with useKeys (one useInput hands them every key, in registration order), the focused
// text field among them, and the scopes whose bindings apply (keybindings.ts). Handlers register
// in layout effects, in the same commit that draws their frame, so a key paced in after that
// commit (paced-input.ts) finds them. The router also lets the paced stream wait until the commit
// a key caused has run its effects (a field that just appeared has subscribed by then).
import {createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject} from 'react';
import {useInput, type Key} from 'ink';
import type {Scope} from './keybindings.js';
import type {PacedInput} from './paced-input.js';

type Hear = (input: string, key: Key) => void;
type Handler = {
	hear: RefObject<Hear>;
	/** Set for a focused text field: the characters it keeps out (it types every other). */
	typesAllBut: string | undefined;
};

export class KeyRouter {
	private readonly handlers = new Set<Handler>();
	private readonly scopes = new Set<{scope: Scope; depth: number}>();
	private readonly listeners = new Set<() => void>();
	/** The paced stream's wait for the commit its last key caused (see KeyRouterProvider). */
	private readonly settling: Array<() => void> = [];

	constructor(readonly paced: PacedInput) {}

	add(handler: Handler): () => void {
		this.handlers.add(handler);
		return () => this.handlers.delete(handler);
	}

	dispatch(input: string, key: Key): void {
		// A copy: a handler may unmount another (or mount one) and that must not change who hears this key.
		for (const handler of [...this.handlers]) {
			handler.hear.current(input, key);
		}
	}

	/** Whether a text field has the focus: it takes a run of text whole, anything else key by key. */
	fieldHasFocus(): boolean {
		return [...this.handlers].some(handler => handler.typesAllBut !== undefined);
	}

	/** Whether the focused field types `character` (a `?` there is text, not a request for help). */
	types(character: string): boolean {
		return [...this.handlers].some(handler => handler.typesAllBut?.includes(character) === false);
	}

	/** Paces the stream by this router until the returned function is called; `render` commits at once. */
	connect(render: () => void): () => void {
		this.paced.connect({
			fieldHasFocus: () => this.fieldHasFocus(),
			settle: async () =>
				new Promise<void>(resolve => {
					this.settling.push(resolve);
					render();
				}),
		});
		return () => {
			this.paced.connect(undefined);
			this.settled();
		};
	}

	/** A commit has run its effects: the key that waited on it is done. */
	settled(): void {
		for (const resolve of this.settling.splice(0)) {
			resolve();
		}
	}

	enterScope(scope: Scope, depth: number): () => void {
		const entry = {scope, depth};
		this.scopes.add(entry);
		this.scopesChanged();
		return () => {
			this.scopes.delete(entry);
			this.scopesChanged();
		};
	}

	readonly subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	/** The innermost scope decides: nesting depth, then the later, since React runs a child's effects before its parent's. */
	readonly getScope = (): Scope | undefined => {
		let top: {scope: Scope; depth: number} | undefined;
		for (const entry of this.scopes) {
			if (!top || entry.depth >= top.depth) {
				top = entry;
			}
		}

		return top?.scope;
	};

	private scopesChanged(): void {
		for (const listener of this.listeners) {
			listener();
		}
	}
}

const RouterContext = createContext<KeyRouter | undefined>(undefined);
const DepthContext = createContext(0);
const ActiveContext = createContext(true);

/** Keys for everything inside, read from `input`: the stream Ink was given as its stdin. */
export function KeyRouterProvider({input, children}: {input: PacedInput; children: ReactNode}) {
	const router = useMemo(() => new KeyRouter(input), [input]);
	// Settling: a state change made from outside React renders at once (Ink's legacy root), and
	// React first runs every effect still pending from earlier commits; this component's own effect
	// then says that all is done. The children are a prop, so this render redraws nothing else.
	const [tick, setTick] = useState(0);
	useLayoutEffect(
		() =>
			router.connect(() => {
				setTick(value => value + 1);
			}),
		[router],
	);
	useEffect(() => {
		router.settled();
	}, [router, tick]);
	useInput((input, key) => {
		router.dispatch(input, key);
	});
	return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/** The router of the KeyRouterProvider above: whatever takes keys sits inside one. */
export function useKeyRouter(): KeyRouter {
	const router = useContext(RouterContext);
	if (!router) {
		throw new Error('Keys are heard only inside a KeyRouterProvider.');
	}

	return router;
}

/**
 * useInput's contract (every active handler hears every key), registered in a layout effect. A
 * text field passes `typesAllBut`, its reserved characters: while active it has the focus.
 */
export function useKeys(hear: Hear, {isActive = true, typesAllBut}: {isActive?: boolean; typesAllBut?: string} = {}): void {
	const router = useKeyRouter();
	const latest = useRef(hear);
	useLayoutEffect(() => {
		latest.current = hear;
	});
	useLayoutEffect(() => (isActive ? router.add({hear: latest, typesAllBut}) : undefined), [router, isActive, typesAllBut]);
}

/**
 * A screen that is not ready for keys yet (loading what it shows, waiting for the service before
 * the next screen) holds them while `pending`; they are handed on, in order, once it is ready.
 */
export function useHoldKeys(pending: boolean): void {
	const {paced} = useKeyRouter();
	const release = useRef<(() => void) | undefined>(undefined);
	// Taken in a layout effect: in place in the commit that shows the pending state, before the
	// paced stream can send another key.
	useLayoutEffect(() => {
		if (pending && !release.current) {
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
	useEffect(() => () => release.current?.(), []);
}

/**
 * Declares that while active, the keys of `scope` are the ones that apply inside it: the footer and
 * the `?` overlay show its bindings. Activity nests: nothing inside an inactive scope (behind the
 * help overlay, say) takes keys. Without a scope it only gates activity.
 */
export function KeyScope({scope, active = true, children}: {scope?: Scope; active?: boolean; children?: ReactNode}) {
	const router = useKeyRouter();
	const depth = useContext(DepthContext) + 1;
	const isActive = useContext(ActiveContext) && active;
	useEffect(() => (scope && isActive ? router.enterScope(scope, depth) : undefined), [router, scope, depth, isActive]);
	return (
		<DepthContext.Provider value={depth}>
			<ActiveContext.Provider value={isActive}>{children}</ActiveContext.Provider>
		</DepthContext.Provider>
	);
}

/** Whether the keys reach this part of the screen: use it as useKeys' isActive. */
export function useScopeActive(): boolean {
	return useContext(ActiveContext);
}

export function useCurrentScope(): Scope | undefined {
	const router = useKeyRouter();
	return useSyncExternalStore(router.subscribe, router.getScope);
}
