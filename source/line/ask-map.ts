// A map field (tags, a participant's attributes) as a loop: the entries so far, then add, edit or
// remove one, or go on. Each entry is the wizard's own pair of text fields (entryFields), checked
// with entryProblems: the core validator on the map as it would be, the Ink editor's very check.
import {neutraliseControlCharacters as safe} from '../basics/control-characters.js';
import {mapEntries} from '../wizard/collections.js';
import {entryProblems, mapBytes} from '../wizard/entry-problems.js';
import {entryFields} from '../wizard/field-values.js';
import type {MapField} from '../wizard/fields.js';
import {getAt} from '../wizard/paths.js';
import type {FieldCheck} from './field-check.js';
import type {Printer} from './printer.js';
import type {Prompts} from './prompts.js';
import {askField} from './step-prompts.js';
import type {Target} from './target.js';

export type Asker = {prompts: Prompts; out: Printer};

type MapAction = 'add' | 'edit' | 'remove' | 'done';

/** "a tag", "an attribute". */
export function withArticle(noun: string): string {
	return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

export function mapStatus(field: MapField, map: unknown): string {
	const count = mapEntries(map).length;
	const parts = [field.maxEntries === undefined ? `${count}` : `${count} of ${field.maxEntries}`];
	if (field.maxBytes !== undefined) {
		parts.push(`${mapBytes(map)} of ${field.maxBytes} bytes`);
	}

	return `${field.label}: ${parts.join(', ')}`;
}

export function entryLine(key: string, value: string): string {
	return `${safe(key)} = ${safe(value)}`;
}

/** Key problems (with the map's own) for the key field, value problems for the value field. */
export function entryCheck(field: MapField, map: unknown, previousKey: string | undefined): FieldCheck {
	return (candidate, entryField) => {
		const {key = '', value = ''} = candidate as {key?: string; value?: string};
		const problems = entryProblems(field, map, previousKey, key, value);
		return entryField.id === 'key' ? [...problems.key, ...problems.map] : [...problems.value, ...problems.map];
	};
}

export async function askMap(field: MapField, target: Target, {prompts, out}: Asker): Promise<void> {
	out.help(field.help);
	for (;;) {
		const map = getAt(target.get(), field.path);
		const entries = mapEntries(map);
		out.line(mapStatus(field, map));
		for (const [key, value] of entries) {
			out.line(`  ${entryLine(key, value)}`);
		}

		const full = field.maxEntries !== undefined && entries.length >= field.maxEntries;
		const action = await prompts.select<MapAction>({
			message: field.label,
			choices: [
				{value: 'add', name: `Add ${withArticle(field.entryLabel)}`, ...(full ? {disabled: `${field.maxEntries} is the most`} : {})},
				...(entries.length > 0
					? [
							{value: 'edit' as const, name: `Edit ${withArticle(field.entryLabel)}`},
							{value: 'remove' as const, name: `Remove ${withArticle(field.entryLabel)}`},
						]
					: []),
				{value: 'done', name: `Done with ${field.label.toLowerCase()}`},
			],
			default: 'done',
		});
		if (action === 'done') {
			return;
		}

		if (action === 'add') {
			await askEntry(field, target, undefined, '', {prompts, out});
			continue;
		}

		const key = await prompts.select<string>({
			message: action === 'edit' ? `Which ${field.entryLabel}?` : `Remove which ${field.entryLabel}?`,
			choices: entries.map(([entryKey, value]) => ({value: entryKey, name: entryLine(entryKey, value)})),
		});
		if (action === 'remove') {
			target.editMap(field, {type: 'remove', key});
			out.line(`Removed ${field.entryLabel} ${JSON.stringify(safe(key))}.`);
		} else {
			await askEntry(field, target, key, String(entries.find(([entryKey]) => entryKey === key)?.[1] ?? ''), {prompts, out});
		}
	}
}

async function askEntry(field: MapField, target: Target, previousKey: string | undefined, previousValue: string, {prompts, out}: Asker): Promise<void> {
	const map = getAt(target.get(), field.path);
	const check = entryCheck(field, map, previousKey);
	let entry: {key: string; value: string} = {key: previousKey ?? '', value: previousValue};
	for (const entryField of entryFields(field)) {
		const change = await askField(entryField, entry, check, prompts, line => {
			out.help(line);
		});
		if (change?.type === 'textChanged') {
			entry = {...entry, [entryField.id]: change.value};
		}
	}

	target.editMap(field, {type: 'save', ...(previousKey === undefined ? {} : {previousKey}), key: entry.key, value: entry.value});
}
