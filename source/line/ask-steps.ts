// The wizard's steps in order, from wherever the run starts (a resumed draft starts at its step),
// each introduced by its title and asked field by field; the draft is saved as each step begins.
import {getStep} from '../wizard/steps.js';
import {routePosition} from '../wizard/wizard-state.js';
import type {StepId} from '../wizard/fields.js';
import {askCount} from './ask-count.js';
import {askFields} from './ask-fields.js';
import type {Session} from './session.js';

export function stepHeading(id: StepId): string {
	const step = getStep(id);
	const {number, total} = routePosition(id);
	return `Step ${number} of ${total}: ${step.title} — ${step.intro}`;
}

export async function askStep(session: Session, id: StepId): Promise<void> {
	const {out} = session.asker;
	out.line();
	out.heading(stepHeading(id));
	await askFields(getStep(id).fields, session.target, session.asker);
	if (id === 'name') {
		await askCount(session);
	}
}

/** Walks the steps until the route reaches review. */
export async function askSteps(session: Session): Promise<void> {
	for (;;) {
		const {route} = session.state();
		if (route === 'review') {
			return;
		}

		session.autosave();
		if (route !== 'start') {
			await askStep(session, route);
		}

		session.dispatch({type: 'nextStep'});
	}
}
