// The wizard's first state from what the command line resolved, the same in both modes: the name's
// placeholders expanded for the user to see (and the template kept for a preset saved later).
import {expandRequestPlaceholders} from '../stage/name-placeholders.js';
import type {CreateStageRequest} from '../stage/request.js';
import {nameTemplateOf} from './name-template.js';
import {initialWizardState, wizardReducer, type Connection, type WizardState} from './wizard-state.js';

/** `nameTemplate`: the preset's name before the entry expanded it (WizardLaunch.nameTemplate). */
export function startingState(request: CreateStageRequest, connection: Connection, nameTemplate?: string, count = 1): WizardState {
	const expanded = expandRequestPlaceholders(request);
	return initialWizardState(expanded, connection, nameTemplateOf(nameTemplate ?? request.name, expanded.name), count);
}

/**
 * --preset in the wizard: everything is filled in, so it starts where picking the preset from the
 * start list goes, the review (Enter creates; its number keys edit a step), not the name step.
 */
export function presetStartingState(state: WizardState, presetName: string): WizardState {
	return wizardReducer(state, {
		type: 'started',
		request: state.request,
		origin: {kind: 'preset', name: presetName},
		route: 'review',
		...(state.nameTemplate ? {nameTemplate: state.nameTemplate} : {}),
	});
}
