// Everything one line-mode run works with, built once: the wizard's state and reducer, the prompts,
// the printer, the stage session (the stage's work and the run's notices, shared with the Ink
// wizard) and the outside world (services, store, clipboard, clock). The steps, review and
// creation take it instead of a dozen parameters each.
import type {GlobalOptions} from '../args/options.js';
import type {AwsConfig} from '../ivs/aws-config.js';
import type {Services} from '../ivs/services.js';
import type {PresetStore} from '../presets/store.js';
import type {Clipboard} from '../tokens/clipboard.js';
import {saveDraft} from '../wizard/draft.js';
import type {StageSession} from '../wizard/stage-session.js';
import {wizardReducer, type WizardAction, type WizardState} from '../wizard/wizard-state.js';
import type {FieldsAsker} from './ask-fields.js';
import {stateTarget, type Target} from './target.js';

export type Session = {
	globals: GlobalOptions;
	sandbox: boolean;
	store: PresetStore;
	services: Services;
	clipboard: Clipboard;
	lastCopyMethod: () => 'system' | 'osc52' | undefined;
	loadAwsConfig: () => Promise<AwsConfig>;
	exportDirectory: string;
	now: () => number;
	asker: FieldsAsker;
	/** Creates the stage or the batch, runs what follows, and keeps the lines for the very end. */
	stageSession: StageSession;
	state: () => WizardState;
	dispatch: (action: WizardAction) => void;
	/** The request as a target for the steps' fields. */
	target: Target;
	/** Saves the draft as the state stands; a failure becomes a notice, never an error. */
	autosave: () => void;
};

export type SessionParts = Omit<Session, 'state' | 'dispatch' | 'target' | 'autosave'>;

export function createSession(parts: SessionParts, initial: WizardState): Session {
	let state = initial;
	const getState = () => state;
	const dispatch = (action: WizardAction) => {
		state = wizardReducer(state, action);
	};

	let lastProblem: string | undefined;
	return {
		...parts,
		state: getState,
		dispatch,
		target: stateTarget(getState, dispatch),
		autosave() {
			const problem = saveDraft(parts.store, state, parts.sandbox);
			// Said once, not at every step: the same broken config folder fails the same way each time.
			if (problem && problem !== lastProblem) {
				parts.asker.out.warning(problem);
				parts.stageSession.notice(problem);
			}

			lastProblem = problem;
		},
	};
}
