// Colours in one place, so NO_COLOR and --color off turn every one of them off. Meaning never
// rests on colour alone: problems carry ✗, warnings !, the selection a › marker.
import React, {createContext, useContext, type ReactNode} from 'react';

export type ColorSetting = 'on' | 'off' | 'auto';

export type Theme = {
	color: boolean;
	accent?: string;
	error?: string;
	warning?: string;
	success?: string;
	muted?: string;
	badge?: string;
};

const colorful: Theme = {color: true, accent: 'cyan', error: 'red', warning: 'yellow', success: 'green', muted: 'gray', badge: 'magenta'};
const plain: Theme = {color: false};

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

export function themeFor(color: boolean): Theme {
	return color ? colorful : plain;
}

const ThemeContext = createContext<Theme>(colorful);

export function ThemeProvider({theme, children}: {theme: Theme; children: ReactNode}) {
	return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
