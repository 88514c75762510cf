// A step that is one form over the request (name, recording): its rows edit the request through the
// router's dispatch, the last row's Enter goes on to the next step and Esc back to the one before.
import {Form, type FormRow} from '../components/form/form.js';
import {KeyScope} from '../keys/key-router.js';
import type {Scope} from '../keys/keybindings.js';
import type {StepScreenProps} from './step-props.js';

export type StepFormProps = Omit<StepScreenProps, 'problems'> & {scope: Scope; labelWidth: number; rows: FormRow[]; initialFocus?: number};

export function StepForm({state, dispatch, height, scope, labelWidth, rows, initialFocus}: StepFormProps) {
	return (
		<KeyScope scope={scope}>
			<Form
				scope={scope}
				height={height}
				labelWidth={labelWidth}
				{...(initialFocus === undefined ? {} : {initialFocus})}
				target={state.request}
				rows={rows}
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
