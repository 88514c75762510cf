// Picks the row component for a field's kind. Maps and item lists have screens of their own.
import React from 'react';
import type {Field} from '../../../wizard/fields.js';
import type {FieldChange} from '../../../wizard/field-values.js';
import type {Scope} from '../../keys/keybindings.js';
import {ChoiceFieldRow} from './choice-field-row.js';
import {ListFieldRow} from './list-field-row.js';
import {NumberFieldRow} from './number-field-row.js';
import {TextFieldRow} from './text-field-row.js';
import {ToggleFieldRow} from './toggle-field-row.js';

export type FieldRowProps = {
	field: Field;
	target: unknown;
	focused: boolean;
	problems: string[];
	scope: Scope;
	labelWidth?: number;
	reservedCharacters?: string;
	onChange: (change: FieldChange) => void;
};

export function FieldRow({field, reservedCharacters, ...props}: FieldRowProps) {
	switch (field.kind) {
		case 'text': {
			return <TextFieldRow {...props} field={field} reservedCharacters={reservedCharacters} />;
		}

		case 'number': {
			return <NumberFieldRow {...props} field={field} />;
		}

		case 'toggle': {
			return <ToggleFieldRow {...props} field={field} />;
		}

		case 'choice': {
			return <ChoiceFieldRow {...props} field={field} />;
		}

		case 'list': {
			return <ListFieldRow {...props} field={field} />;
		}

		case 'map':
		case 'items': {
			throw new Error(`A ${field.kind} field (${field.id}) has a screen of its own, not a form row`);
		}
	}
}
