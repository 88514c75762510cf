// Picks the row component for a field's kind. Maps and item lists have screens of their own.
import type {Field} from '../../../wizard/fields.js';
import {ChoiceFieldRow} from './choice-field-row.js';
import {ListFieldRow} from './list-field-row.js';
import {NumberFieldRow} from './number-field-row.js';
import type {RowProps} from './row-props.js';
import {TextFieldRow} from './text-field-row.js';
import {ToggleFieldRow} from './toggle-field-row.js';

export type FieldRowProps = RowProps<Field> & {reservedCharacters?: string | undefined};

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
