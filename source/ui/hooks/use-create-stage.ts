// Sends CreateStage once the review screen asks for it, reporting each HTTP attempt (the SDK's
// retries) to the spinner, and turning a failure into a value the review screen shows.
import {useEffect, type Dispatch} from 'react';
import type {WizardServices} from '../../ivs/wizard-services.js';
import {expandRequestPlaceholders} from '../../presets/placeholders.js';
import {describeError} from '../../wizard/describe-error.js';
import type {WizardAction, WizardState} from '../../wizard/wizard-state.js';

export function useCreateStage(state: WizardState, dispatch: Dispatch<WizardAction>, services: WizardServices, now: () => number): void {
	const creating = state.creation.status === 'creating';
	useEffect(() => {
		if (!creating) {
			return;
		}

		let live = true;
		// A name from a preset may still hold {date}; it is expanded at the moment of creation.
		const request = expandRequestPlaceholders(state.request, {now: new Date(now())});
		services
			.createStage(request, state.connection, ({attempt}) => {
				if (live) {
					dispatch({type: 'creationAttempted', attempt});
				}
			})
			.then(
				response => {
					if (live) {
						dispatch({type: 'creationSucceeded', response});
					}
				},
				(error: unknown) => {
					if (live) {
						dispatch({type: 'creationFailed', ...describeError(error, 'CreateStage')});
					}
				},
			);
		return () => {
			live = false;
		};
		// Only the start of a creation sends; the request and connection are fixed while it runs.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [creating]);
}
