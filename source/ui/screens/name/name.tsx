// The stage name, checked on every keystroke by the core validator (empty is fine: the service
// allows a stage without a name), and how many stages to make from the request. Enter on either
// goes on to tags, so one stage costs no extra key; ↓ reaches the count. A count above 1 needs {n}
// in the name, which the name's own problems then say. `?` cannot be part of a name, so it still
// opens the key list here.
import React from 'react';
import {problemsAt} from '../../../stage/validate.js';
import {describeFieldProblem} from '../../../wizard/problems.js';
import {nameField} from '../../../wizard/steps.js';
import {StepForm} from '../step-form.js';
import type {StepScreenProps} from '../step-props.js';
import {CountField, countLabel} from './count-field.js';

const labelWidth = countLabel.length + 2;

export function NameScreen({state, dispatch, problems, height}: StepScreenProps) {
	const nameProblems = problemsAt(problems, nameField.path);
	const countProblems = nameProblems.filter(problem => problem.rule.kind === 'batchCount');
	return (
		<StepForm
			state={state}
			dispatch={dispatch}
			height={height}
			scope="name"
			labelWidth={labelWidth}
			rows={[
				{
					kind: 'field',
					field: nameField,
					problems: nameProblems.filter(problem => problem.rule.kind !== 'batchCount').map(problem => describeFieldProblem(nameField, problem)),
					reservedCharacters: '?',
					onEnter() {
						dispatch({type: 'nextStep'});
						return true;
					},
				},
				{
					kind: 'custom',
					id: 'count',
					help: 'How many stages to create from this request: 1, or a batch of up to 100, paced at 5 a second. {n} in the name numbers them (room-{n}: room-1, room-2, …). Type it, or ←/→.',
					height: 1 + countProblems.length,
					render: focused => (
						<CountField
							count={state.count}
							focused={focused}
							problems={countProblems.map(problem => describeFieldProblem(undefined, problem))}
							labelWidth={labelWidth}
							onChange={count => {
								dispatch({type: 'countChanged', count});
							}}
						/>
					),
				},
			]}
		/>
	);
}
