// Starts the creation flow (wizard/flows/create-stage.ts) once the review screen asks for it: its
// progress (each HTTP attempt, a look for a stage whose answer was lost, an adoption) goes to the
// spinner, the outcome to the reducer, where a failure becomes what the review screen shows.
import {useEffect, type Dispatch} from 'react';
import type {Services} from '../../ivs/services.js';
import {adoptionNotice, createStage} from '../../wizard/flows/create-stage.js';
import type {WizardAction, WizardState} from '../../wizard/wizard-state.js';
import {useLatest} from './use-latest.js';

export function useCreateStage(state: WizardState, dispatch: Dispatch<WizardAction>, services: Services, now: () => number): void {
	const creating = state.creation.status === 'creating';
	// Only the start of a creation sends, with the request and connection as they are then: they
	// are fixed while it runs.
	const latest = useLatest({state, dispatch, services, now});
	useEffect(() => {
		if (!creating) {
			return;
		}

		const {state, dispatch, services, now} = latest.current;
		let live = true;
		void createStage(state, {
			services,
			now,
			onProgress(progress) {
				if (live) {
					dispatch({type: 'creationProgressed', progress});
				}
			},
		}).then(creation => {
			if (!live) {
				return;
			}

			dispatch(
				creation.ok
					? {type: 'creationSucceeded', response: creation.response, ...(creation.adopted ? {adoption: adoptionNotice(creation.adopted)} : {})}
					: {type: 'creationFailed', code: creation.code, message: creation.message, stagesBefore: creation.stagesBefore},
			);
		});
		return () => {
			live = false;
		};
	}, [creating, latest]);
}
