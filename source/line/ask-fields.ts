// A step's fields in order, each asked only while its condition holds for the answers so far (the
// recording fields appear once recording is on, the thumbnail interval once thumbnails are). Simple
// fields go through the adapter; maps and item lists through their loops.
import {neutraliseControlCharacters as safe} from '../basics/control-characters.js';
import {applyFieldChange, isFieldVisible, readText} from '../wizard/field-values.js';
import type {Field, TextField} from '../wizard/fields.js';
import {askItems} from './ask-items.js';
import {askMap, type Asker} from './ask-map.js';
import {askField, isSimpleField} from './step-prompts.js';
import type {Target} from './target.js';

export type Suggestion = {value: string; name: string};

/** Values to pick from for a text field that offers some (storage configurations), or why there are none. */
export type Suggest = (field: TextField) => Promise<{choices: Suggestion[]} | {failed: string}>;

export type FieldsAsker = Asker & {suggest?: Suggest};

const typeIt = '\u0000type';

export async function askFields(fields: Field[], target: Target, asker: FieldsAsker): Promise<void> {
	const {prompts, out} = asker;
	for (const field of fields) {
		// Checked now, not up front: an earlier answer in this step may have shown or hidden it.
		if (!isFieldVisible(field, target.get())) {
			continue;
		}

		if (field.kind === 'map') {
			await askMap(field, target, asker);
		} else if (field.kind === 'items') {
			await askItems(field, target, asker, async (itemFields, item) => askFields(itemFields, item, asker));
		} else if (isSimpleField(field)) {
			const picked = field.kind === 'text' && field.suggestions ? await pickSuggestion(field, target, asker) : false;
			if (!picked) {
				const change = await askField(field, target.get(), target.check, prompts, line => {
					out.help(line);
				});
				if (change) {
					target.apply(change);
				}
			}
		}
	}
}

/** Offers the listed values first; true when one was picked and written. */
async function pickSuggestion(field: TextField, target: Target, {prompts, out, suggest}: FieldsAsker): Promise<boolean> {
	if (!suggest) {
		return false;
	}

	out.help(`Looking up ${field.label.toLowerCase()}s…`);
	const found = await suggest(field);
	if ('failed' in found) {
		out.warning(`Could not list them: ${safe(found.failed)}. Type the ARN instead.`);
		return false;
	}

	if (found.choices.length === 0) {
		out.help('There are none in this region yet: create one (aws ivs-realtime create-storage-configuration), then type its ARN.');
		return false;
	}

	const current = readText(field, target.get());
	const value = await prompts.select<string>({
		message: field.label,
		choices: [...found.choices.map(choice => ({value: choice.value, name: safe(choice.name)})), {value: typeIt, name: 'Type an ARN'}],
		...(found.choices.some(choice => choice.value === current) ? {default: current} : {}),
	});
	if (value === typeIt) {
		return false;
	}

	const change = {type: 'textChanged', field, value} as const;
	// Checked before it is written, so a refused pick leaves nothing behind.
	const problems = target.check(applyFieldChange(target.get(), change), field);
	if (problems.length > 0) {
		out.warning(`${safe(value)}: ${problems.join('; ')}`);
		return false;
	}

	target.apply(change);
	return true;
}
