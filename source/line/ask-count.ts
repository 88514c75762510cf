// Line mode's "How many stages" on the name step: digits, 1–100. A count above 1 needs {n} in the
// name (or no name): when the name just given has none, the name is asked again, offering it with
// -{n} added, so the answer never has to be undone at review.
import {namingProblem} from '../stage/count.js';
import {countProblem} from '../args/parse-count.js';
import type {TextField} from '../wizard/fields.js';
import {nameField} from '../wizard/steps.js';
import {requestCheck} from './field-check.js';
import type {Session} from './session.js';

export async function askCount(session: Session): Promise<void> {
	const {prompts, out} = session.asker;
	out.help('More than one makes a batch: {n} in the name numbers them (room-{n}: room-1, room-2, …), paced at 5 a second.');
	const answer = await prompts.input({
		message: 'How many stages',
		default: String(session.state().count),
		validate: value => countProblem(value) ?? true,
	});
	const count = Number(answer.trim());
	session.dispatch({type: 'countChanged', count});
	const name = session.state().request.name;
	if (!namingProblem(count, name)) {
		return;
	}

	out.warning(`${count} stages need a name each: put {n} in the name (it becomes 1…${count}), or leave the name empty.`);
	const renamed = await prompts.input({
		message: nameField.label,
		default: `${name ?? ''}-{n}`,
		validate(value) {
			const problems = requestCheck({...session.state().request, name: value}, nameField);
			if (problems.length > 0) {
				return problems.join('; ');
			}

			return namingProblem(count, value) ? `put {n} in the name, or leave it empty` : true;
		},
	});
	session.target.apply({type: 'textChanged', field: nameField as TextField, value: renamed});
}
