// Which keys apply right now. The innermost active <KeyScope> names the scope whose bindings the
// footer and the `?` overlay show; nesting depth decides, not mount order, because React runs a
// child's effects before its parent's. Text fields report themselves while focused, so the app
// knows a `?` is typed text there, not a request for help.
import {createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode} from 'react';
import type {Scope} from './keybindings.js';

type Entry = {scope: Scope; depth: number; order: number};

export class KeyScopeRegistry {
	private readonly entries = new Map<symbol, Entry>();
	private readonly listeners = new Set<() => void>();
	private order = 0;
	private typing = 0;
	private current: Scope | undefined;

	register(scope: Scope, depth: number): () => void {
		const id = Symbol(scope);
		this.entries.set(id, {scope, depth, order: this.order++});
		this.changed();
		return () => {
			this.entries.delete(id);
			this.changed();
		};
	}

	/** Counts focused text fields; the returned function un-counts. */
	startTyping(): () => void {
		this.typing++;
		return () => {
			this.typing--;
		};
	}

	get isTyping(): boolean {
		return this.typing > 0;
	}

	readonly subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	readonly getScope = (): Scope | undefined => this.current;

	private changed(): void {
		let top: Entry | undefined;
		for (const entry of this.entries.values()) {
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

const RegistryContext = createContext<KeyScopeRegistry | undefined>(undefined);
const DepthContext = createContext(0);
const ActiveContext = createContext(true);

export function KeyScopeProvider({registry, children}: {registry: KeyScopeRegistry; children: ReactNode}) {
	return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/**
 * Declares that while active, the keys of `scope` are the ones that apply inside it. Activity
 * nests: nothing inside an inactive scope (behind the help overlay, say) takes keys. Without a
 * scope it only gates activity.
 */
export function KeyScope({scope, active = true, children}: {scope?: Scope; active?: boolean; children?: ReactNode}) {
	const registry = useContext(RegistryContext);
	const depth = useContext(DepthContext) + 1;
	const isActive = useContext(ActiveContext) && active;
	useEffect(() => (registry && scope && isActive ? registry.register(scope, depth) : undefined), [registry, scope, depth, isActive]);
	return (
		<DepthContext.Provider value={depth}>
			<ActiveContext.Provider value={isActive}>{children}</ActiveContext.Provider>
		</DepthContext.Provider>
	);
}

/** Whether the keys reach this part of the screen: use it as useInput's isActive. */
export function useScopeActive(): boolean {
	return useContext(ActiveContext);
}

export function useCurrentScope(registry: KeyScopeRegistry): Scope | undefined {
	return useSyncExternalStore(registry.subscribe, registry.getScope);
}

/** Marks a focused text field, so `?` types a question mark there instead of opening help. */
export function useTypingFocus(focused: boolean): void {
	const registry = useContext(RegistryContext);
	useEffect(() => (registry && focused ? registry.startTyping() : undefined), [registry, focused]);
}

export function useKeyScopeRegistry(): KeyScopeRegistry {
	return useMemo(() => new KeyScopeRegistry(), []);
}
