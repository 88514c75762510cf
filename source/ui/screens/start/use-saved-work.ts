// The presets and the draft the start screen offers, read from the store once the screen shows.
import {useEffect, useState} from 'react';
import type {Draft, Preset, PresetStore} from '../../../presets/store.js';

export type SavedWork = {loaded: boolean; presets: Preset[]; draft?: Draft; notices: string[]};

export function useSavedWork(store: PresetStore): SavedWork {
	const [work, setWork] = useState<SavedWork>({loaded: false, presets: [], notices: []});
	useEffect(() => {
		try {
			const presets = store.listPresets();
			const draft = store.getDraft();
			setWork({loaded: true, presets, ...(draft ? {draft} : {}), notices: [...store.notices]});
		} catch (error) {
			setWork({loaded: true, presets: [], notices: [`Could not read presets: ${(error as Error).message}`]});
		}
	}, [store]);
	return work;
}
