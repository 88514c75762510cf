// Which row of a form has the focus. Kept as an index and clamped on read, because rows come and
// go as answers change (recording's fields appear once it is switched on).
import {useReducer} from 'react';

export type FormState = {focus: number};

export type FormAction = {type: 'moved'; by: number; count: number} | {type: 'focused'; index: number};

export function formReducer(state: FormState, action: FormAction): FormState {
	switch (action.type) {
		case 'moved': {
			return {focus: Math.min(Math.max(0, Math.min(state.focus, action.count - 1) + action.by), Math.max(0, action.count - 1))};
		}

		case 'focused': {
			return {focus: action.index};
		}
	}
}

export function useFormState(initialFocus = 0) {
	return useReducer(formReducer, {focus: initialFocus});
}
