// The one place the app hears keys from Ink, and the one owner of where they go: one registry of
// the handlers (useKeys: one useInput hands them every key, in registration order), the focused
// text field among them, and the scopes whose bindings apply (KeyScope, keybindings.ts). Handlers
// register in layout effects, in the same commit that draws their frame, so a key paced in after
// that commit (paced-input.ts) finds them. The router also lets the paced stream wait until the
// commit a key caused has run its effects (a field that just appeared has subscribed by then).
import {createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject} from 'react';
import {useInput, type Key} from 'ink';
import type {Scope} from './keybindings.js';
import type {PacedInput} from './paced-input.js';

type Hear = (input: string, key: Key) => void;

/** What registers with the router: a handler (useKeys), a focused text field's among them, or a scope (KeyScope). */
type Entry = {
	hear?: RefObject<Hear>;
	/** A focused text field's: the characters it keeps out (it types every other). */
	typesAllBut?: string | undefined;
	scope?: {name: Scope; depth: number};
};

export class KeyRouter {
	private readonly entries = new Set<Entry>();
	private readonly listeners = new Set<() => void>();
	/** The paced stream's wait for the commit its last key caused (see KeyRouterProvider). */
	private readonly settling: Array<() => void> = [];

	constructor(
		readonly paced: PacedInput,
		/** A render that commits at once (see KeyRouterProvider). */
		private readonly render: () => void,
	) {}

	/** Registers `entry` until the returned function is called. */
	register(entry: Entry): () => void {
		// Only a scope changes what the scope's subscribers (footer, help) read.
		const changed = () => {
			if (entry.scope) {
				for (const listener of this.listeners) {
					listener();
				}
			}
		};

		this.entries.add(entry);
		changed();
		return () => {
			this.entries.delete(entry);
			changed();
		};
	}

	dispatch(input: string, key: Key): void {
		// A copy: a handler may unmount another (or mount one) and that must not change who hears this key.
		for (const {hear} of [...this.entries]) {
			hear?.current(input, key);
		}
	}

	/** Whether a text field has the focus: it takes a run of text whole, anything else key by key. */
	fieldHasFocus(): boolean {
		return [...this.entries].some(entry => entry.typesAllBut !== undefined);
	}

	/** Whether the focused field types `character` (a `?` there is text, not a request for help). */
	types(character: string): boolean {
		return [...this.entries].some(entry => entry.typesAllBut?.includes(character) === false);
	}

	/** Resolves once React has committed what the last key did and run that commit's effects. */
	async settle(): Promise<void> {
		return new Promise(resolve => {
			this.settling.push(resolve);
			this.render();
		});
	}

	/** A commit has run its effects: the key that waited on it is done. */
	settled(): void {
		for (const resolve of this.settling.splice(0)) {
			resolve();
		}
	}

	readonly subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	/** The innermost scope decides: nesting depth, then the later, since React runs a child's effects before its parent's. */
	readonly getScope = (): Scope | undefined => {
		let top: Entry['scope'];
		for (const {scope} of this.entries) {
			if (scope && (!top || scope.depth >= top.depth)) {
				top = scope;
			}
		}

		return top?.name;
	};
}

const RouterContext = createContext<KeyRouter | undefined>(undefined);
const DepthContext = createContext(0);
const ActiveContext = createContext(true);

/** Keys for everything inside, from `stdin`: the paced stream Ink was given to read. */
export function KeyRouterProvider({stdin, children}: {stdin: PacedInput; children: ReactNode}) {
	// Settling: a state change made from outside React renders at once (Ink's legacy root), and
	// React first runs every effect still pending from earlier commits; this component's own effect
	// then says that all is done. The children are a prop, so this render redraws nothing else.
	const [tick, setTick] = useState(0);
	const router = useMemo(
		() =>
			new KeyRouter(stdin, () => {
				setTick(value => value + 1);
			}),
		[stdin],
	);
	useLayoutEffect(() => {
		stdin.connect(router);
		return () => {
			stdin.connect(undefined);
			router.settled();
		};
	}, [stdin, router]);
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
 * handler is active when `isActive` says so and every KeyScope around it is active. A text field
 * passes `typesAllBut`, its reserved characters: while active it has the focus.
 */
export function useKeys(hear: Hear, {isActive = true, typesAllBut}: {isActive?: boolean; typesAllBut?: string} = {}): void {
	const router = useKeyRouter();
	const active = useContext(ActiveContext) && isActive;
	const latest = useRef(hear);
	useLayoutEffect(() => {
		latest.current = hear;
	});
	useLayoutEffect(() => (active ? router.register({hear: latest, typesAllBut}) : undefined), [router, active, typesAllBut]);
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
	useEffect(() => (scope && isActive ? router.register({scope: {name: scope, depth}}) : undefined), [router, scope, depth, isActive]);
	return (
		<DepthContext.Provider value={depth}>
			<ActiveContext.Provider value={isActive}>{children}</ActiveContext.Provider>
		</DepthContext.Provider>
	);
}

/** Whether the keys reach this part of the screen (useKeys checks it itself): for what a part draws, a cursor say. */
export function useScopeActive(): boolean {
	return useContext(ActiveContext);
}

export function useCurrentScope(): Scope | undefined {
	const router = useKeyRouter();
	return useSyncExternalStore(router.subscribe, router.getScope);
}
