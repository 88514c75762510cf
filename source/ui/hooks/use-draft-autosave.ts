// The draft (wizard/draft.ts), saved at every step change once the user has changed something, and
// no more once the stage exists. Until then there is nothing of theirs to keep: a preset taken as it
// is (Enter, Enter) leaves an older draft alone, and so does creating its stage.
import {useEffect, useRef} from 'react';
import type {PresetStore} from '../../presets/store.js';
import {draftWorthSaving, saveDraft, type DraftStart} from '../../wizard/draft.js';
import type {StageSession} from '../../wizard/stage-session.js';
import type {WizardState} from '../../wizard/wizard-state.js';

export type DraftKeeper = {
	/** Saves the draft now if there is something to keep; returns why it could not be saved. */
	save: () => string | undefined;
	/** Whether the stored draft is this run's (resumed, or saved by it): creation clears it then. */
	owns: () => boolean;
};

/** A draft that cannot be saved becomes one of the run's notices (`notices`: the same object for the wizard's life). */
export function useDraftAutosave(state: WizardState, store: PresetStore, sandbox: boolean, notices: Pick<StageSession, 'notice'>): DraftKeeper {
	const latest = useRef(state);
	latest.current = state;
	// What the run started from, taken when it starts (again, after going back to the start screen).
	const start = useRef<DraftStart>(undefined);
	if (state.origin && start.current?.origin !== state.origin) {
		start.current = {origin: state.origin, request: state.request, connection: state.connection};
	}

	const saved = useRef(false);
	const keeper = useRef<DraftKeeper>({
		save() {
			if (!draftWorthSaving(latest.current, start.current, saved.current)) {
				return undefined;
			}

			const problem = saveDraft(store, latest.current, sandbox);
			saved.current ||= problem === undefined;
			return problem;
		},
		owns: () => saved.current || latest.current.origin?.kind === 'draft',
	}).current;

	const started = state.origin !== undefined;
	const finished = state.creation.status === 'created';
	useEffect(() => {
		if (!started || finished) {
			return;
		}

		const problem = keeper.save();
		if (problem) {
			notices.notice(problem);
		}
		// Saved on step changes only: on every keystroke it would lock and rewrite the file each time.
	}, [state.route, started, finished, keeper, notices]);
	return keeper;
}
