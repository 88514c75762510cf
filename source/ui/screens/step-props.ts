import type {Dispatch} from 'react';
import type {Problem} from '../../stage/validate.js';
import type {WizardAction, WizardState} from '../../wizard/wizard-state.js';

/** What every step screen gets from the router. */
export type StepScreenProps = {
	state: WizardState;
	dispatch: Dispatch<WizardAction>;
	/** The validator's problems with the whole request (derived by the router, once per change). */
	problems: Problem[];
	/** Lines the screen may use. */
	height: number;
};
