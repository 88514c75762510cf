// What the start hands to the reducer's `started` action for each way of beginning, the same from
// the Ink start screen and line mode's first question.
import {expandRequestPlaceholders} from '../stage/name-placeholders.js';
import type {Draft, Preset} from '../presets/store.js';
import type {CreateStageRequest} from '../stage/request.js';
import type {PlaceChoice} from './draft-place.js';
import {nameTemplateOf, type NameTemplate} from './name-template.js';
import {routes, type Connection, type Origin, type Route} from './wizard-state.js';

export type StartChoice = {request: CreateStageRequest; origin: Origin; route?: Route; connection?: Connection; nameTemplate?: NameTemplate; count?: number};

/**
 * Resumes the draft at its step. `place`: where the stage goes, the draft's (as saved: a profile or
 * endpoint it did not have is the default one, not this run's) or this run's (draft-place.ts asks
 * when they differ). The sandbox decides for itself.
 */
export function draftStart(draft: Draft, sandbox: boolean, place: PlaceChoice = 'draft'): StartChoice {
	const step = routes.find(route => route === draft.step && route !== 'start');
	const saved = draft.settings;
	return {
		request: draft.request,
		origin: {kind: 'draft'},
		// The draft is the whole run as it was left: its count, or one stage.
		count: draft.count ?? 1,
		...(step ? {route: step} : {}),
		...(saved && !sandbox && place === 'draft' ? {connection: {profile: saved.profile, endpointUrl: saved.endpointUrl, ...(saved.region ? {region: saved.region} : {})}} : {}),
	};
}

/** A preset under what the command line gave (`request` wins, member by member), its name expanded. */
export function presetStart(preset: Preset, request: CreateStageRequest, sandbox: boolean): StartChoice {
	const {region, profile} = preset.defaults ?? {};
	const merged = {...preset.request, ...request};
	const expanded = expandRequestPlaceholders(merged);
	const nameTemplate = nameTemplateOf(merged.name, expanded.name);
	return {
		request: expanded,
		origin: {kind: 'preset', name: preset.name},
		connection: sandbox ? {} : {...(region ? {region} : {}), ...(profile ? {profile} : {})},
		...(nameTemplate ? {nameTemplate} : {}),
		// A preset's count is its own; one without keeps what the command line asked for (--count, or 1).
		...(preset.count === undefined ? {} : {count: preset.count}),
	};
}
