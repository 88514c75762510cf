// Tags: add, edit and remove key-value pairs, counted against the service's 50, each key and value
// against its own limit.
import {problemsAt} from '../../../stage/validate.js';
import {getAt} from '../../../wizard/paths.js';
import {tagsField} from '../../../wizard/steps.js';
import {KeyValueEditor} from '../../components/key-value-editor/key-value-editor.js';
import type {StepScreenProps} from '../step-props.js';

export function TagsScreen({state, dispatch, problems, height}: StepScreenProps) {
	return (
		<KeyValueEditor
			field={tagsField}
			map={getAt(state.request, tagsField.path)}
			problems={problemsAt(problems, tagsField.path).map(problem => ({...problem, path: problem.path.slice(tagsField.path.length)}))}
			listScope="tags"
			formScope="tag-form"
			height={height}
			closeLabel="Continue to participants →"
			startOnClose
			onSave={(previousKey, key, value) => {
				dispatch({type: 'tagSaved', ...(previousKey === undefined ? {} : {previousKey}), key, value});
			}}
			onRemove={key => {
				dispatch({type: 'tagRemoved', key});
			}}
			onNext={() => {
				dispatch({type: 'nextStep'});
			}}
			onBack={() => {
				dispatch({type: 'previousStep'});
			}}
		/>
	);
}
