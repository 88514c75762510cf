// The draft, saved at every step change by both modes (same store, same shape), so no typed input
// is lost to Ctrl+C, a crash or a closed terminal, and a draft started in one mode resumes in the
// other. The sandbox's endpoint is a throwaway port and is not kept.
import {isDeepStrictEqual} from 'node:util';
import type {PresetStore} from '../presets/store.js';
import type {CreateStageRequest} from '../stage/request.js';
import type {Connection, Origin, WizardState} from './wizard-state.js';

/** What a run started from: the draft is worth saving once it differs. */
export type DraftStart = {origin: Origin; request: CreateStageRequest; connection: Connection};

/**
 * Whether there is something to keep: a resumed draft always (it is the draft), otherwise once the
 * request or where it goes differs from how the run began, and from then on (`saved`).
 */
export function draftWorthSaving(state: WizardState, start: DraftStart | undefined, saved: boolean): boolean {
	if (!state.origin) {
		return false;
	}

	if (saved || state.origin.kind === 'draft' || !start) {
		return true;
	}

	return !isDeepStrictEqual(state.request, start.request) || !isDeepStrictEqual(state.connection, start.connection);
}

/** Saves the draft; returns why it could not be saved, or undefined. */
export function saveDraft(store: PresetStore, state: WizardState, sandbox: boolean): string | undefined {
	try {
		const {profile, region, endpointUrl} = state.connection;
		const settings = sandbox ? {} : {...(profile ? {profile} : {}), ...(region ? {region} : {}), ...(endpointUrl ? {endpointUrl} : {})};
		store.saveDraft({request: state.request, ...(state.count > 1 ? {count: state.count} : {}), step: state.route, ...(Object.keys(settings).length > 0 ? {settings} : {})});
		return undefined;
	} catch (error) {
		return `Could not save the draft: ${(error as Error).message}`;
	}
}
