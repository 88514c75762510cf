// The five questions line mode asks, as an interface: the real @inquirer/prompts by default, plain
// numbered questions where the terminal cannot move its cursor (plain-prompts.ts), a scripted
// stand-in in the adapter's unit tests. Configs here are the subset line mode uses, in
// plain values (a checkbox validates the ticked values, not inquirer's normalised choices).
import {watchPromptEnd} from '../basics/prompt-end.js';

export type Choice<Value> = {
	value: Value;
	name: string;
	description?: string;
	/** A string says why the choice cannot be taken; inquirer shows it greyed out. */
	disabled?: boolean | string;
	checked?: boolean;
};

export type Validate<Answer> = (answer: Answer) => true | string;

export type InputConfig = {message: string; default?: string; validate?: Validate<string>};
export type NumberConfig = {message: string; default?: number; validate?: Validate<number>};
export type ConfirmConfig = {message: string; default: boolean};
export type SelectConfig<Value> = {message: string; choices: Array<Choice<Value>>; default?: Value; pageSize?: number};
export type CheckboxConfig<Value> = {message: string; choices: Array<Choice<Value>>; validate?: Validate<Value[]>};

/** How a question with a default keeps, edits or clears it: said in the help above the question. */
export type DefaultKeys = {
	/** A text field's default: "Enter keeps it, …". */
	text: string;
	/** What, before Enter, leaves a number out: "Backspace, then Enter,". */
	clear: string;
};

export const inquirerKeys: DefaultKeys = {text: 'Enter keeps it, Tab edits it, Backspace clears it.', clear: 'Backspace, then Enter,'};

export type Prompts = {
	/** Inquirer's keys when absent. */
	defaultKeys?: DefaultKeys;
	input(config: InputConfig): Promise<string>;
	/** Undefined when the answer is left empty: the member is left out. */
	number(config: NumberConfig): Promise<number | undefined>;
	confirm(config: ConfirmConfig): Promise<boolean>;
	select<Value>(config: SelectConfig<Value>): Promise<Value>;
	checkbox<Value>(config: CheckboxConfig<Value>): Promise<Value[]>;
};

export type PromptStreams = {input: NodeJS.ReadableStream; output: NodeJS.WritableStream; color: boolean};

/** Inquirer's look without colour, for --color off (NO_COLOR is honoured by inquirer itself). */
const plainTheme = {
	prefix: {idle: '?', done: '✔'},
	style: {
		answer: (text: string) => text,
		message: (text: string) => text,
		error: (text: string) => `> ${text}`,
		defaultAnswer: (text: string) => `(${text})`,
		help: (text: string) => text,
		highlight: (text: string) => text,
		key: (text: string) => `<${text}>`,
		description: (text: string) => text,
		disabled: (text: string) => text,
	},
};

/** The real prompts on the launch's streams; loaded here so nothing else imports inquirer. */
export async function inquirerPrompts(streams: PromptStreams): Promise<Prompts> {
	const inquirer = await import('../basics/prompt-library.js');
	const theme = streams.color ? {} : {theme: plainTheme};
	// Each question ends, as Ctrl+C would, when its input does (Ctrl+D, a closed terminal).
	const ask = async <Answer>(prompt: (context: {input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal: AbortSignal}) => Promise<Answer>) => {
		const end = watchPromptEnd(streams.input);
		try {
			return await prompt({input: streams.input, output: streams.output, signal: end.signal});
		} finally {
			end.dispose();
		}
	};

	return {
		async input(config) {
			return ask(async context => inquirer.input({...config, ...theme}, context));
		},
		async number(config) {
			// step 'any': whole numbers and ranges are the core validator's to judge, in its words.
			const {validate, ...rest} = config;
			return ask(async context =>
				inquirer.number(
					{...rest, step: 'any', required: false, ...(validate ? {validate: (value: number | undefined) => (value === undefined ? true : validate(value))} : {}), ...theme},
					context,
				),
			);
		},
		async confirm(config) {
			return ask(async context => inquirer.confirm({...config, ...theme}, context));
		},
		async select<Value>(config: SelectConfig<Value>) {
			return ask(async context => inquirer.select<Value>({...config, ...theme}, context));
		},
		async checkbox<Value>(config: CheckboxConfig<Value>) {
			const {validate, ...rest} = config;
			return ask(async context =>
				inquirer.checkbox<Value>(
					{
						...rest,
						...(validate ? {validate: (choices: ReadonlyArray<{value: Value}>) => validate(choices.map(choice => choice.value))} : {}),
						...theme,
					},
					context,
				),
			);
		},
	};
}

/**
 * Ctrl+C in a prompt (inquirer rejects with ExitPromptError, matched by name: it lives in
 * @inquirer/core), or its input ended (AbortPromptError, see ../prompt-end.ts).
 */
export function isPromptExit(error: unknown): boolean {
	return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
