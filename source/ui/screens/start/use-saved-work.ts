// The presets and the draft the start screen offers. They are read as the screen first draws, not
// in an effect after it: a read is a few milliseconds of local files, and without them the first
// frame would be a placeholder nobody can act on, the menu a frame later (npm run bench times the
// wizard to its menu).
import {useMemo} from 'react';
import type {Draft, Preset, PresetStore} from '../../../presets/store.js';

export type SavedWork = {presets: Preset[]; draft?: Draft; notices: string[]};

export function useSavedWork(store: PresetStore): SavedWork {
	return useMemo(() => readSavedWork(store), [store]);
}

function readSavedWork(store: PresetStore): SavedWork {
	try {
		const presets = store.listPresets();
		const draft = store.getDraft();
		return {presets, ...(draft ? {draft} : {}), notices: [...store.notices]};
	} catch (error) {
		return {presets: [], notices: [`Could not read presets: ${(error as Error).message}`]};
	}
}
