// The Ink wizard's colours, from the one palette and colour rule both front ends use
// (wizard/colors.ts), handed down by context so --color off turns every one of them off.
import {createContext, useContext, type ReactNode} from 'react';
import {palette} from '../wizard/colors.js';

export {colorEnabled, type ColorSetting} from '../wizard/colors.js';

export type Theme = {
	color: boolean;
	accent?: string;
	error?: string;
	warning?: string;
	success?: string;
	muted?: string;
	badge?: string;
};

const colorful: Theme = {color: true, ...palette};
const plain: Theme = {color: false};

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
