// The stage name, checked on every keystroke by the core validator. Empty is fine: the service
// allows a stage without a name. `?` cannot be part of a name, so it still opens the key list here.
import React from 'react';
import {problemsAt} from '../../../stage/validate.js';
import {describeFieldProblem} from '../../../wizard/problems.js';
import {nameField} from '../../../wizard/steps.js';
import {Form} from '../../components/form/form.js';
import {KeyScope} from '../../keys/key-scope.js';
import type {StepScreenProps} from '../step-props.js';

export function NameScreen({state, dispatch, problems, height}: StepScreenProps) {
	return (
		<KeyScope scope="name">
			<Form
				scope="name"
				height={height}
				labelWidth={12}
				target={state.request}
				rows={[
					{
						kind: 'field',
						field: nameField,
						problems: problemsAt(problems, nameField.path).map(problem => describeFieldProblem(nameField, problem)),
						reservedCharacters: '?',
					},
				]}
				onChange={dispatch}
				onDone={() => {
					dispatch({type: 'nextStep'});
				}}
				onBack={() => {
					dispatch({type: 'previousStep'});
				}}
			/>
		</KeyScope>
	);
}
