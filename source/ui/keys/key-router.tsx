// The one place the app hears keys from Ink, and the one model of where they go: the handlers
// registered with useKeys (one useInput hands them every key, in registration order), the scopes
// whose bindings apply (keybindings.ts), and the focused text field. Handlers and fields register
// in layout effects, in the same commit that draws their frame, so a key paced in after that
// commit (paced-input.ts) finds them. The router also lets the paced stream wait until the commit
// a key caused has run its effects (a field that just appeared has subscribed by then).
import {createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode} from 'react';
import {useInput, useStdin, type Key} from 'ink';
import type {Scope} from './keybindings.js';
import {PacedInput} from './paced-input.js';

type Handler = {current: (input: string, key: Key) => void};
type ScopeEntry = {scope: Scope; depth: number; order: number};

export class KeyRouter {
	private readonly handlers = new Set<Handler>();
	/** The focused text fields (one, or none), each with the characters it keeps out. */
	private readonly fields = new Set<{reserved: string}>();
	private readonly scopes = new Set<ScopeEntry>();
	private readonly listeners = new Set<() => void>();
	private order = 0;
	private current: Scope | undefined;

	constructor(readonly paced: PacedInput | undefined) {}

	add(handler: Handler): () => void {
		this.handlers.add(handler);
		return () => this.handlers.delete(handler);
	}

	dispatch(input: string, key: Key): void {
		// A copy: a handler may unmount another (or mount one) and that must not change who hears this key.
		for (const handler of [...this.handlers]) {
			handler.current(input, key);
		}
	}

	/** A text field has the focus until the returned function is called. */
	focusField(reserved: string): () => void {
		const field = {reserved};
		this.fields.add(field);
		return () => this.fields.delete(field);
	}

	get fieldHasFocus(): boolean {
		return this.fields.size > 0;
	}

	/** Whether a focused field types `character` (a `?` there is text, not a request for help). */
	types(character: string): boolean {
		return [...this.fields].some(field => !field.reserved.includes(character));
	}

	/** The innermost scope decides: nesting depth, then the later, since React runs a child's effects before its parent's. */
	enterScope(scope: Scope, depth: number): () => void {
		const entry = {scope, depth, order: this.order++};
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

	readonly getScope = (): Scope | undefined => this.current;

	private scopesChanged(): void {
		let top: ScopeEntry | undefined;
		for (const entry of this.scopes) {
			if (!top || entry.depth > top.depth || (entry.depth === top.depth && entry.order > top.order)) {
				top = entry;
			}
		}

		if (top?.scope !== this.current) {
			this.current = top?.scope;
			for (const listener of this.listeners) {
				listener();
			}
		}
	}
}

const RouterContext = createContext<KeyRouter | undefined>(undefined);
const DepthContext = createContext(0);
const ActiveContext = createContext(true);

export function KeyRouterProvider({children}: {children: ReactNode}) {
	const {stdin} = useStdin();
	const paced = stdin instanceof PacedInput ? stdin : undefined;
	const router = useMemo(() => new KeyRouter(paced), [paced]);
	// Settling: a state change made from outside React renders at once (Ink's legacy root), and
	// React first runs every effect still pending from earlier commits; this component's own effect
	// then says that all is done. The children are a prop, so this render redraws nothing else.
	const [tick, setTick] = useState(0);
	const settling = useRef<Array<() => void>>([]);
	useLayoutEffect(() => {
		if (!paced) {
			return undefined;
		}

		// Always the same array, emptied in place.
		const waiting = settling.current;
		paced.connect({
			fieldHasFocus: () => router.fieldHasFocus,
			settle: async () =>
				new Promise<void>(resolve => {
					waiting.push(resolve);
					setTick(value => value + 1);
				}),
		});
		return () => {
			paced.connect(undefined);
			for (const resolve of waiting.splice(0)) {
				resolve();
			}
		};
	}, [paced, router]);
	useEffect(() => {
		for (const resolve of settling.current.splice(0)) {
			resolve();
		}
	}, [tick]);
	useInput((input, key) => {
		router.dispatch(input, key);
	});
	return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/**
 * useInput's contract (every active handler hears every key), registered in a layout effect.
 * Outside a KeyRouterProvider (a component rendered on its own) it falls back to useInput.
 */
export function useKeys(handler: (input: string, key: Key) => void, options: {isActive?: boolean} = {}): void {
	const isActive = options.isActive ?? true;
	const router = useContext(RouterContext);
	const entry = useRef<Handler>({current: handler});
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
	const paced = useContext(RouterContext)?.paced;
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
	useEffect(() => () => release.current?.(), []);
}

/**
 * A focused text field: runs of text reach it whole (a paste is one insertion), and it types what
 * it does not reserve. Returns the key being handled now, as the terminal sent it (undefined
 * without the paced stream): ink-text-input types Ctrl+A or Alt+X as the letter, and a field must not.
 */
export function useFieldFocus(focused: boolean, reserved: string): () => string | undefined {
	const router = useContext(RouterContext);
	useLayoutEffect(() => (router && focused ? router.focusField(reserved) : undefined), [router, focused, reserved]);
	return () => router?.paced?.keyInFlight;
}

/** The router of the KeyRouterProvider above (undefined without one). */
export function useKeyRouter(): KeyRouter | undefined {
	return useContext(RouterContext);
}

/**
 * Declares that while active, the keys of `scope` are the ones that apply inside it: the footer and
 * the `?` overlay show its bindings. Activity nests: nothing inside an inactive scope (behind the
 * help overlay, say) takes keys. Without a scope it only gates activity.
 */
export function KeyScope({scope, active = true, children}: {scope?: Scope; active?: boolean; children?: ReactNode}) {
	const router = useContext(RouterContext);
	const depth = useContext(DepthContext) + 1;
	const isActive = useContext(ActiveContext) && active;
	useEffect(() => (router && scope && isActive ? router.enterScope(scope, depth) : undefined), [router, scope, depth, isActive]);
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

const noScope = () => undefined;
const noSubscription = () => noScope;

export function useCurrentScope(): Scope | undefined {
	const router = useContext(RouterContext);
	return useSyncExternalStore(router?.subscribe ?? noSubscription, router?.getScope ?? noScope);
}
