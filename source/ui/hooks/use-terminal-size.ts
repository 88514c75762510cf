// The terminal's size, updated on every resize, so each screen lays itself out for what it has.
// Ink 8's useWindowSize does the listening; this name stays because the live table imports it.
import {useWindowSize} from 'ink';

export type TerminalSize = {columns: number; rows: number};

export function useTerminalSize(): TerminalSize {
	return useWindowSize();
}
