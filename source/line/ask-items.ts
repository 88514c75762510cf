// A list of items (participant token configurations) as a loop: the list so far, then add, edit,
// duplicate or remove one, or go on. An item is edited with its own fields on a local copy, checked
// on its own, and saved into the list whole, as the Ink participant editor does.
import {neutraliseControlCharacters as safe} from '../basics/control-characters.js';
import type {ParticipantTokenConfiguration} from '../stage/request.js';
import {listItems} from '../wizard/collections.js';
import type {Field, ItemsField} from '../wizard/fields.js';
import {getAt} from '../wizard/paths.js';
import {describeParticipant} from '../wizard/summary.js';
import {withArticle, type Asker} from './ask-map.js';
import {itemTarget, type Target} from './target.js';

type ItemsAction = 'add' | 'edit' | 'duplicate' | 'remove' | 'done';

/** Asks fields on a target; passed in, since an item's fields are asked like a step's. */
export type FieldsAsker = (fields: Field[], target: Target) => Promise<void>;

export function itemLine(item: ParticipantTokenConfiguration, index: number): string {
	const who = item.userId ? safe(item.userId) : '(no user ID)';
	return `${index + 1}. ${who} · ${safe(describeParticipant(item))}`;
}

export async function askItems(field: ItemsField, target: Target, asker: Asker, askFields: FieldsAsker): Promise<void> {
	const {prompts, out} = asker;
	out.help(field.help);
	for (;;) {
		const items = listItems<ParticipantTokenConfiguration>(getAt(target.get(), field.path));
		out.line(`${field.label}: ${items.length} of ${field.maxItems}`);
		for (const [index, item] of items.entries()) {
			out.line(`  ${itemLine(item, index)}`);
		}

		const full = items.length >= field.maxItems;
		const tooMany = {disabled: `${field.maxItems} is the most`};
		const action = await prompts.select<ItemsAction>({
			message: field.label,
			choices: [
				{value: 'add', name: `Add ${withArticle(field.itemLabel)}`, ...(full ? tooMany : {})},
				...(items.length > 0
					? [
							{value: 'edit' as const, name: `Edit ${withArticle(field.itemLabel)}`},
							{value: 'duplicate' as const, name: `Duplicate ${withArticle(field.itemLabel)}`, ...(full ? tooMany : {})},
							{value: 'remove' as const, name: `Remove ${withArticle(field.itemLabel)}`},
						]
					: []),
				{value: 'done', name: `Done with ${field.label.toLowerCase()}`},
			],
			// A first participant is what most stages need; after that, going on is the usual answer.
			default: items.length === 0 ? 'add' : 'done',
		});
		if (action === 'done') {
			return;
		}

		if (action === 'add') {
			out.line(`New ${field.itemLabel} (${items.length + 1} of ${field.maxItems}):`);
			await editItem(field, target, undefined, structuredClone(field.newItem), askFields);
			continue;
		}

		const index = await prompts.select<number>({
			message: `Which ${field.itemLabel}?`,
			choices: items.map((item, position) => ({value: position, name: itemLine(item, position)})),
		});
		switch (action) {
			case 'edit': {
				await editItem(field, target, index, structuredClone(items[index] as Record<string, unknown>), askFields);
				break;
			}

			case 'duplicate': {
				target.editItems(field, {type: 'duplicate', index});
				out.line(`Duplicated ${field.itemLabel} ${index + 1} as ${index + 2}.`);
				break;
			}

			case 'remove': {
				target.editItems(field, {type: 'remove', index});
				out.line(`Removed ${field.itemLabel} ${index + 1}.`);
				break;
			}
		}
	}
}

async function editItem(field: ItemsField, target: Target, index: number | undefined, initial: Record<string, unknown>, askFields: FieldsAsker): Promise<void> {
	const item = itemTarget(field, initial);
	await askFields(field.itemFields, item);
	target.editItems(field, {type: 'save', ...(index === undefined ? {} : {index}), item: item.get()});
}
