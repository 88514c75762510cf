// The adapter between the wizard's step definitions and @inquirer/prompts: one field in, one prompt
// call out (which prompt, its message, default, choices and validate callback), plus how the answer
// becomes the same FieldChange the Ink screens dispatch. Pure: no prompt runs here, so the mapping
// is tested field by field without a terminal; askField runs a call on injected prompts.
import {toPictures, fromPictures} from '../wizard/control-pictures.js';
import {formatMinutes, formatSeconds} from '../wizard/durations.js';
import {applyFieldChange, isSet, readChoice, readList, readNumber, readText, readToggle, type FieldChange} from '../wizard/field-values.js';
import type {ChoiceField, Field, ListField, NumberField, TextField, ToggleField} from '../wizard/fields.js';
import type {FieldCheck} from './field-check.js';
import {inquirerKeys, type CheckboxConfig, type ConfirmConfig, type DefaultKeys, type InputConfig, type NumberConfig, type Prompts, type SelectConfig, type Validate} from './prompts.js';

/** The fields one prompt answers; maps and item lists are loops of these (ask-map, ask-items). */
export type SimpleField = TextField | NumberField | ToggleField | ChoiceField | ListField;

type Call<Prompt extends keyof Prompts, Config, Answer> = {
	prompt: Prompt;
	config: Config;
	/** Printed above the prompt: what the field is for, its limits, what Enter does. */
	help: string[];
	toChange: (answer: Answer) => FieldChange;
	/** A line under the answered prompt where the answer alone does not say it (720 → 12 h). */
	describeAnswer?: (answer: Answer) => string | undefined;
	/**
	 * True when the answer only confirms the default of a member the request leaves out: then
	 * nothing is written, as in the Ink wizard, and the command stays as short as the user left it.
	 */
	unchanged?: (answer: Answer) => boolean;
};

export type PromptCall =
	| Call<'input', InputConfig, string>
	| Call<'number', NumberConfig, number | undefined>
	| Call<'confirm', ConfirmConfig, boolean>
	| Call<'select', SelectConfig<string>, string>
	| Call<'checkbox', CheckboxConfig<string>, string[]>;

export function isSimpleField(field: Field): field is SimpleField {
	return field.kind !== 'map' && field.kind !== 'items';
}

/** Refuses an answer with the problems the core validator finds for the field once it is written in. */
function validator<Answer>(field: Field, target: unknown, check: FieldCheck, toChange: (answer: Answer) => FieldChange): Validate<Answer> {
	return answer => {
		const problems = check(applyFieldChange(target, toChange(answer)), field);
		return problems.length === 0 ? true : problems.join('; ');
	};
}

/** `keys`: how the prompts that will ask it keep and clear a default (their help says so). */
export function fieldPrompt(field: SimpleField, target: unknown, check: FieldCheck, keys: DefaultKeys = inquirerKeys): PromptCall {
	switch (field.kind) {
		case 'text': {
			return textPrompt(field, target, check, keys);
		}

		case 'number': {
			return numberPrompt(field, target, check, keys);
		}

		case 'toggle': {
			const current = readToggle(field, target);
			return {
				prompt: 'confirm',
				config: {message: field.label, default: current},
				help: [field.help],
				toChange: value => ({type: 'toggleChanged', field, value}),
				unchanged: value => !isSet(field, target) && value === current,
			};
		}

		case 'choice': {
			const current = readChoice(field, target);
			return {
				prompt: 'select',
				config: {
					message: field.label,
					choices: field.options.map(option => ({value: option.value, name: option.label, ...(option.help ? {description: option.help} : {})})),
					default: current,
				},
				help: [field.help],
				toChange: value => ({type: 'choiceChanged', field, value}),
				unchanged: value => !isSet(field, target) && value === current,
			};
		}

		case 'list': {
			const toChange = (value: string[]): FieldChange => ({type: 'listChanged', field, value});
			const ticked = readList(field, target);
			return {
				prompt: 'checkbox',
				config: {
					message: field.label,
					choices: field.options.map(option => ({value: option.value, name: option.label, checked: ticked.includes(option.value), ...(option.help ? {description: option.help} : {})})),
					validate: validator(field, target, check, toChange),
				},
				help: [field.help],
				toChange,
				unchanged: values => !isSet(field, target) && sameMembers(values, ticked),
			};
		}
	}
}

function sameMembers(left: string[], right: string[]): boolean {
	return left.length === right.length && left.every(value => right.includes(value));
}

function textPrompt(field: TextField, target: unknown, check: FieldCheck, defaultKeys: DefaultKeys): PromptCall {
	// Control characters from a --cli-input-json file show as their pictures (␛) and come back
	// unchanged when the value is kept, so nothing from data drives the terminal.
	const toChange = (answer: string): FieldChange => ({type: 'textChanged', field, value: fromPictures(answer)});
	const current = readText(field, target);
	const limit = field.maxLength === undefined ? '' : ` Up to ${field.maxLength} characters.`;
	const keys = current === '' ? (field.placeholder ? ` For example: ${field.placeholder.replace(/^e\.g\. /, '')}.` : '') : ` ${defaultKeys.text}`;
	return {
		prompt: 'input',
		config: {message: field.label, ...(current === '' ? {} : {default: toPictures(current)}), validate: validator(field, target, check, toChange)},
		help: [`${field.help}${limit}${keys}`],
		toChange,
	};
}

function reading(field: NumberField, value: number): string {
	return field.unit === 'minutes' ? formatMinutes(value) : formatSeconds(value);
}

function numberPrompt(field: NumberField, target: unknown, check: FieldCheck, defaultKeys: DefaultKeys): PromptCall {
	const toChange = (value: number | undefined): FieldChange => ({type: 'numberChanged', field, value});
	const set = isSet(field, target);
	const value = readNumber(field, target);
	const picks = field.quickPicks?.map(pick => `${pick.value} (${pick.label})`).join(', ');
	const fallback = `the service uses ${field.default} (${reading(field, field.default)})`;
	const help = [
		field.help,
		`${field.min} to ${field.max} ${field.unit} (${reading(field, field.max)} at most).${picks ? ` Common: ${picks}.` : ''}`,
		// Empty means "leave it out", as in the Ink wizard: the request stays as short as the user left it.
		set ? `Enter keeps ${value}; ${defaultKeys.clear} leaves it out (${fallback}).` : `Enter leaves it out: ${fallback}.`,
	];
	const validate = validator<number>(field, target, check, toChange);
	return {
		prompt: 'number',
		config: {message: `${field.label} (${field.unit})`, ...(set ? {default: value} : {}), validate},
		help,
		toChange,
		describeAnswer: answer => (answer === undefined ? `  left out: ${fallback}` : `  = ${reading(field, answer)}`),
	};
}

/** Asks one field on the given prompts: the change its answer makes, or undefined for none. */
export async function askField(field: SimpleField, target: unknown, check: FieldCheck, prompts: Prompts, print?: (line: string) => void): Promise<FieldChange | undefined> {
	const call = fieldPrompt(field, target, check, prompts.defaultKeys);
	for (const line of call.help) {
		print?.(line);
	}

	return runCall(call, prompts, print);
}

export async function runCall(call: PromptCall, prompts: Prompts, print?: (line: string) => void): Promise<FieldChange | undefined> {
	switch (call.prompt) {
		case 'input': {
			return settle(call, await prompts.input(call.config));
		}

		case 'number': {
			const answer = await prompts.number(call.config);
			const line = call.describeAnswer?.(answer);
			if (line) {
				print?.(line);
			}

			return settle(call, answer);
		}

		case 'confirm': {
			return settle(call, await prompts.confirm(call.config));
		}

		case 'select': {
			return settle(call, await prompts.select(call.config));
		}

		case 'checkbox': {
			return settle(call, await prompts.checkbox(call.config));
		}
	}
}

function settle<Answer>(call: {toChange: (answer: Answer) => FieldChange; unchanged?: (answer: Answer) => boolean}, answer: Answer): FieldChange | undefined {
	return call.unchanged?.(answer) ? undefined : call.toChange(answer);
}
