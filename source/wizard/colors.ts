// The colour rule and the palette, one definition for both front ends: the Ink wizard's theme
// (ui/theme.tsx) and line mode's printer (line/printer.ts) draw with these. Colour only decorates:
// problems carry ✗, warnings !, successes ✔ and the selection a › marker, so with colour off
// nothing is lost.

export type ColorSetting = 'on' | 'off' | 'auto';

/** NO_COLOR (https://no-color.org) and TERM=dumb win unless --color on asks for colour outright. */
export function colorEnabled(setting: ColorSetting | undefined, env: NodeJS.ProcessEnv): boolean {
	if (setting === 'on') {
		return true;
	}

	if (setting === 'off') {
		return false;
	}

	return !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && env.TERM !== 'dumb';
}

/** Colours by meaning, as names both Ink's <Text color> and node:util's styleText take. */
export const palette = {
	accent: 'cyan',
	error: 'red',
	warning: 'yellow',
	success: 'green',
	muted: 'gray',
	badge: 'magenta',
} as const;
