// The draft, saved at every step change by both modes (same store, same shape), so no typed input
// is lost to Ctrl+C, a crash or a closed terminal, and a draft started in one mode resumes in the
// other. The sandbox's endpoint is a throwaway port and is not kept.
import type {PresetStore} from '../presets/store.js';
import type {WizardState} from './wizard-state.js';

/** Saves the draft; returns why it could not be saved, or undefined. */
export function saveDraft(store: PresetStore, state: WizardState, sandbox: boolean): string | undefined {
	try {
		const {profile, region, endpointUrl} = state.connection;
		const settings = sandbox ? {} : {...(profile ? {profile} : {}), ...(region ? {region} : {}), ...(endpointUrl ? {endpointUrl} : {})};
		store.saveDraft({request: state.request, step: state.route, ...(Object.keys(settings).length > 0 ? {settings} : {})});
		return undefined;
	} catch (error) {
		return `Could not save the draft: ${(error as Error).message}`;
	}
}
