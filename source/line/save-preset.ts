// Save as a preset, from review and after creation: a name checked as the store checks it, and a
// question before an existing preset is overwritten. Saves what the Ink prompt saves
// (presetToSave: the request, its name still a template where it came from one, with the chosen
// region and profile as the preset's defaults).
import {neutraliseControlCharacters as safe} from '../basics/control-characters.js';
import {isValidPresetName, presetNameRule} from '../presets/preset-name.js';
import type {PresetStore} from '../presets/store.js';
import {presetToSave} from '../wizard/preset-to-save.js';
import type {WizardState} from '../wizard/wizard-state.js';
import type {Asker} from './ask-map.js';

export type SavePresetOptions = {store: PresetStore; state: Pick<WizardState, 'request' | 'connection' | 'nameTemplate'> & {count?: number}; initialName?: string};

/** Resolves with the name saved under, or undefined when the user kept the existing preset. */
export async function askSavePreset({store, state, initialName}: SavePresetOptions, {prompts, out}: Asker): Promise<string | undefined> {
	out.help('Tokens are never saved in a preset.');
	const name = await prompts.input({
		message: 'Preset name',
		...(initialName ? {default: initialName} : {}),
		validate: value => (isValidPresetName(value) ? true : `use ${presetNameRule}`),
	});
	const exists = store.getPreset(name) !== undefined;
	if (exists && !(await prompts.confirm({message: `A preset named "${name}" exists. Overwrite it?`, default: false}))) {
		out.line('Kept the existing preset.');
		return undefined;
	}

	try {
		store.savePreset(presetToSave(name, state), {overwrite: exists});
	} catch (error) {
		out.error(`Could not save the preset: ${safe((error as Error).message)}`);
		return undefined;
	}

	out.success(`Saved preset "${name}": next time, npx ivs-stage-wizard --preset ${name}`);
	return name;
}
