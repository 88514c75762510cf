// What "save as a preset" saves, from review, the live table, --save-preset or line mode: the
// request (its name still a template where it came from one), and the chosen region and profile as
// the preset's defaults. Tokens are not part of a request, so none is ever saved.
import type {PresetInput} from '../presets/store.js';
import {withTemplateName, type NameTemplate} from './name-template.js';
import type {WizardState} from './wizard-state.js';

export function presetToSave(name: string, state: Pick<WizardState, 'request' | 'connection'> & {nameTemplate?: NameTemplate | undefined; count?: number}): PresetInput {
	const {region, profile} = state.connection;
	const defaults = {...(region ? {region} : {}), ...(profile ? {profile} : {})};
	// One stage is what a preset without a count makes.
	const count = state.count !== undefined && state.count > 1 ? {count: state.count} : {};
	return {name, request: withTemplateName(state.request, state.nameTemplate), ...count, ...(Object.keys(defaults).length > 0 ? {defaults} : {})};
}

/**
 * The preset a created stage came from, to mark it used: the one picked at the start, or the
 * command line's --preset when the run went on with what the command line gave.
 */
export function presetUsed(state: Pick<WizardState, 'origin'>, commandLinePreset: string | undefined): string | undefined {
	if (state.origin?.kind === 'preset') {
		return state.origin.name;
	}

	return state.origin?.kind === 'new' ? commandLinePreset : undefined;
}
