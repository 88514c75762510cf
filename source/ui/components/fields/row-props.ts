// What every form row takes: its field, the object the field reads from, whether it has the focus,
// the problems to show under it, and where a change goes.
import type {FieldChange} from '../../../wizard/field-values.js';
import type {Field} from '../../../wizard/fields.js';
import type {Scope} from '../../keys/keybindings.js';

export type RowProps<Kind extends Field> = {
	field: Kind;
	target: unknown;
	focused: boolean;
	problems: string[];
	/** Whose bindings the row's keys are read in (name, recording, participant-form…). */
	scope: Scope;
	labelWidth?: number | undefined;
	onChange: (change: FieldChange) => void;
};
