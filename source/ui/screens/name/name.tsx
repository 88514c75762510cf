// The stage name, checked on every keystroke by the core validator. Empty is fine: the service
// allows a stage without a name. `?` cannot be part of a name, so it still opens the key list here.
import {problemsAt} from '../../../stage/validate.js';
import {describeFieldProblem} from '../../../wizard/problems.js';
import {nameField} from '../../../wizard/steps.js';
import {StepForm} from '../step-form.js';
import type {StepScreenProps} from '../step-props.js';

export function NameScreen({state, dispatch, problems, height}: StepScreenProps) {
	return (
		<StepForm
			state={state}
			dispatch={dispatch}
			height={height}
			scope="name"
			labelWidth={12}
			rows={[
				{
					kind: 'field',
					field: nameField,
					problems: problemsAt(problems, nameField.path).map(problem => describeFieldProblem(nameField, problem)),
					reservedCharacters: '?',
				},
			]}
		/>
	);
}
