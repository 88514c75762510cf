// Where answers land. At the top, in the wizard's state through its reducer's named actions (the
// very actions the Ink screens dispatch); inside a participant, in a local item that is saved into
// the list as a whole when its editor is done.
import {duplicateItem, removeEntry, removeItem, saveEntry, saveItem} from '../wizard/collections.js';
import {applyFieldChange, type FieldChange} from '../wizard/field-values.js';
import type {ItemsField, MapField} from '../wizard/fields.js';
import {getAt, setAt} from '../wizard/paths.js';
import {participantsField, tagsField} from '../wizard/steps.js';
import type {WizardAction, WizardState} from '../wizard/wizard-state.js';
import {itemCheck, requestCheck, type FieldCheck} from './field-check.js';

export type MapEdit = {type: 'save'; previousKey?: string; key: string; value: string} | {type: 'remove'; key: string};
export type ItemsEdit = {type: 'save'; index?: number; item: Record<string, unknown>} | {type: 'duplicate'; index: number} | {type: 'remove'; index: number};

export type Target = {
	get(): unknown;
	check: FieldCheck;
	apply(change: FieldChange): void;
	editMap(field: MapField, edit: MapEdit): void;
	editItems(field: ItemsField, edit: ItemsEdit): void;
};

/** The request, held by the wizard's reducer. */
export function stateTarget(getState: () => WizardState, dispatch: (action: WizardAction) => void): Target {
	return {
		get: () => getState().request,
		check: requestCheck,
		apply(change) {
			dispatch(change);
		},
		editMap(field, edit) {
			if (field.id !== tagsField.id) {
				throw new Error(`The wizard has no action for the map ${field.id}`);
			}

			dispatch(edit.type === 'save' ? {type: 'tagSaved', ...(edit.previousKey === undefined ? {} : {previousKey: edit.previousKey}), key: edit.key, value: edit.value} : {type: 'tagRemoved', key: edit.key});
		},
		editItems(field, edit) {
			if (field.id !== participantsField.id) {
				throw new Error(`The wizard has no action for the list ${field.id}`);
			}

			switch (edit.type) {
				case 'save': {
					dispatch({type: 'participantSaved', ...(edit.index === undefined ? {} : {index: edit.index}), participant: edit.item});
					break;
				}

				case 'duplicate': {
					dispatch({type: 'participantDuplicated', index: edit.index});
					break;
				}

				case 'remove': {
					dispatch({type: 'participantRemoved', index: edit.index});
					break;
				}
			}
		},
	};
}

export type ItemTarget = Omit<Target, 'get'> & {get(): Record<string, unknown>};

/** One item being edited (a participant), checked on its own with the list's item shape. */
export function itemTarget(items: ItemsField, initial: Record<string, unknown>): ItemTarget {
	let item = initial;
	return {
		get: () => item,
		check: itemCheck(items),
		apply(change) {
			item = applyFieldChange(item, change);
		},
		editMap(field, edit) {
			const map = getAt(item, field.path);
			item = setAt(item, field.path, edit.type === 'save' ? saveEntry(map, edit.previousKey, edit.key, edit.value) : removeEntry(map, edit.key));
		},
		editItems(field, edit) {
			const list = getAt(item, field.path);
			const next = edit.type === 'save' ? saveItem(list, edit.index, edit.item) : edit.type === 'duplicate' ? duplicateItem(list, edit.index) : removeItem(list, edit.index);
			item = setAt(item, field.path, next);
		},
	};
}
