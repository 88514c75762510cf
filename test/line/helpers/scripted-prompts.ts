// Prompts that answer from a script, for the adapter's unit tests and in-process runs: each step
// names the prompt it expects (and, optionally, part of its message) and gives the answer. An answer
// is checked with the prompt's own validate callback first, as the real prompt would, so a script
// cannot slip a value past the validators; `refused` steps assert that validate says no.
import type {CheckboxConfig, ConfirmConfig, InputConfig, NumberConfig, Prompts, SelectConfig} from '../../../source/line/prompts.js';

type Kind = keyof Prompts;
type Answer = string | number | boolean | undefined | string[];
type AnyConfig = InputConfig | NumberConfig | ConfirmConfig | SelectConfig<unknown> | CheckboxConfig<unknown>;

export type Step = {
	prompt: Kind;
	/** A part of the message this step expects. */
	message?: string | RegExp;
	/** The answer, or a function of the prompt's config that returns it (it may also act, e.g. set faults). */
	answer: Answer | ((config: AnyConfig) => Answer | Promise<Answer>);
	/** Answers the prompt must refuse before it takes `answer`. */
	refused?: unknown[];
};

export type Asked = {prompt: Kind; config: AnyConfig};

export class ScriptError extends Error {}

/** Line mode's count question on the name step (ask-count.ts). */
const countMessage = 'How many stages';

export function scriptedPrompts(script: Step[]): Prompts & {asked: Asked[]; remaining: () => number} {
	const queue = [...script];
	const asked: Asked[] = [];
	const next = async (prompt: Kind, config: AnyConfig): Promise<unknown> => {
		asked.push({prompt, config});
		// The name step's count question takes its default unless a script answers it: most runs
		// make one stage, and a script says so by not mentioning it.
		if (prompt === 'input' && config.message === countMessage && !(queue[0]?.prompt === 'input' && queue[0].message !== undefined && matches(config.message, queue[0].message))) {
			return (config as InputConfig).default;
		}

		const step = queue.shift();
		if (!step) {
			throw new ScriptError(`No answer scripted for ${prompt} "${config.message}"`);
		}

		if (step.prompt !== prompt || (step.message !== undefined && !matches(config.message, step.message))) {
			throw new ScriptError(`Expected ${step.prompt} ${String(step.message ?? '')}, got ${prompt} "${config.message}"`);
		}

		const validate = 'validate' in config ? (config.validate as ((answer: unknown) => true | string) | undefined) : undefined;
		for (const refused of step.refused ?? []) {
			if (!validate || validate(refused) === true) {
				throw new ScriptError(`${prompt} "${config.message}" accepted ${JSON.stringify(refused)}, which it should refuse`);
			}
		}

		const answer = typeof step.answer === 'function' ? await (step.answer as (config: AnyConfig) => unknown)(config) : step.answer;
		if (prompt === 'select' || prompt === 'checkbox') {
			const choices = (config as SelectConfig<unknown>).choices;
			for (const value of prompt === 'select' ? [answer] : (answer as unknown[])) {
				const choice = choices.find(candidate => candidate.value === value);
				if (!choice || choice.disabled) {
					throw new ScriptError(`${prompt} "${config.message}" offers no ${JSON.stringify(value)}: ${JSON.stringify(choices.map(candidate => candidate.value))}`);
				}
			}
		}

		// An empty number answer is undefined, which the real prompt never validates.
		if (validate && answer !== undefined) {
			const verdict = validate(answer);
			if (verdict !== true) {
				throw new ScriptError(`${prompt} "${config.message}" refused ${JSON.stringify(answer)}: ${verdict}`);
			}
		}

		// As inquirer does: an empty input answer takes the default.
		if (prompt === 'input' && answer === '' && (config as InputConfig).default !== undefined) {
			return (config as InputConfig).default;
		}

		return answer;
	};

	return {
		asked,
		remaining: () => queue.length,
		input: async config => next('input', config) as Promise<string>,
		number: async config => next('number', config) as Promise<number | undefined>,
		confirm: async config => next('confirm', config) as Promise<boolean>,
		select: async <Value>(config: SelectConfig<Value>) => next('select', config as SelectConfig<unknown>) as Promise<Value>,
		checkbox: async <Value>(config: CheckboxConfig<Value>) => next('checkbox', config as CheckboxConfig<unknown>) as Promise<Value[]>,
	};
}

function matches(message: string, expected: string | RegExp): boolean {
	return typeof expected === 'string' ? message.includes(expected) : expected.test(message);
}

/** Ctrl+C, as inquirer reports it. */
export function exitPromptError(): Error {
	const error = new Error('User force closed the prompt with SIGINT');
	error.name = 'ExitPromptError';
	return error;
}
