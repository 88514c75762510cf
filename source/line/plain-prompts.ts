// The five questions as plain lines, for a terminal that cannot take cursor movement (TERM=dumb, an
// Emacs shell buffer, a serial console): @inquirer/prompts redraws its question in place with escape
// sequences, which such a terminal prints as garbage. Here a question is written once and answered
// with a typed line: choices are numbered (answer by number or by name), yes/no is y or n, and a
// default stands in brackets for Enter to take. Nothing written holds an escape byte: every text
// shown passes through the control-character filter, and typing is echoed by typed-lines.ts.
import {neutraliseControlCharacters as safe} from '../basics/control-characters.js';
import type {Choice, DefaultKeys, PromptStreams, Prompts, Validate} from './prompts.js';
import {typedLines, type TypedLines} from './typed-lines.js';

// A space alone, since Enter takes the default and nothing can be deleted from a default not typed.
const clearAnswer = ' ';

export const plainKeys: DefaultKeys = {text: 'Enter keeps it; type a new value to replace it, or a space alone to clear it.', clear: 'a space alone, then Enter,'};

/** Asks until `parse` accepts the line; each refusal is one line, as inquirer words it ("> why"). */
async function askUntil<Answer>(lines: TypedLines, out: NodeJS.WritableStream, prompt: string, parse: (line: string) => {answer: Answer} | {problem: string}): Promise<Answer> {
	for (;;) {
		const parsed = parse(await lines.read(prompt));
		if ('answer' in parsed) {
			return parsed.answer;
		}

		out.write(`> ${safe(parsed.problem)}\n`);
	}
}

function checked<Answer>(answer: Answer, validate: Validate<Answer> | undefined): {answer: Answer} | {problem: string} {
	const verdict = validate ? validate(answer) : true;
	return verdict === true ? {answer} : {problem: verdict};
}

function bracketed(text: string | undefined): string {
	return text === undefined || text === '' ? '' : ` [${safe(text)}]`;
}

function choiceLine<Value>(choice: Choice<Value>, index: number, mark = ''): string {
	const description = choice.description ? ` — ${choice.description}` : '';
	const disabled = choice.disabled ? ` (not now${typeof choice.disabled === 'string' ? `: ${choice.disabled}` : ''})` : '';
	return safe(`  ${index + 1}) ${mark}${choice.name}${description}${disabled}`);
}

/** The choice a word names: its number, its name or value (any case), or the start of one name only. */
function pickChoice<Value>(choices: ReadonlyArray<Choice<Value>>, word: string): number | undefined {
	const wanted = word.trim().toLowerCase();
	if (/^\d+$/.test(wanted)) {
		const index = Number(wanted) - 1;
		return index >= 0 && index < choices.length ? index : undefined;
	}

	const exact = choices.findIndex(choice => choice.name.toLowerCase() === wanted || (typeof choice.value === 'string' && choice.value.toLowerCase() === wanted));
	if (exact !== -1) {
		return exact;
	}

	const starts = choices.flatMap((choice, index) => (wanted !== '' && choice.name.toLowerCase().startsWith(wanted) ? [index] : []));
	return starts.length === 1 ? starts[0] : undefined;
}

function answered(out: NodeJS.WritableStream, message: string, answer: string): void {
	out.write(`${safe(`✔ ${message} ${answer}`).trimEnd()}\n`);
}

/**
 * Where inquirer's redrawn questions cannot work: a terminal that says it is dumb, or an output that
 * is not a terminal at all.
 */
export function wantsPlainPrompts(env: NodeJS.ProcessEnv, output: {isTTY?: boolean}): boolean {
	return env.TERM === 'dumb' || !output.isTTY;
}

export function plainPrompts(streams: Pick<PromptStreams, 'input' | 'output'>): Prompts {
	const {output: out} = streams;
	const lines = typedLines(streams.input, out);
	return {
		defaultKeys: plainKeys,
		async input({message, default: fallback, validate}) {
			const answer = await askUntil(lines, out, `? ${safe(message)}${bracketed(fallback)}: `, line => {
				const typed = line === '' ? (fallback ?? '') : line === clearAnswer && fallback !== undefined ? '' : line;
				return checked(typed, validate);
			});
			answered(out, message, answer);
			return answer;
		},
		async number({message, default: fallback, validate}) {
			const answer = await askUntil<number | undefined>(lines, out, `? ${safe(message)}${bracketed(fallback?.toString())}: `, line => {
				if (line === clearAnswer) {
					return {answer: undefined};
				}

				if (line.trim() === '') {
					return fallback === undefined ? {answer: undefined} : checked(fallback, validate);
				}

				const value = Number(line.trim());
				return Number.isFinite(value) ? checked(value, validate) : {problem: 'enter a number'};
			});
			answered(out, message, answer?.toString() ?? '');
			return answer;
		},
		async confirm({message, default: fallback}) {
			const answer = await askUntil<boolean>(lines, out, `? ${safe(message)} (y/n) [${fallback ? 'y' : 'n'}]: `, line => {
				const word = line.trim().toLowerCase();
				if (word === '') {
					return {answer: fallback};
				}

				return word === 'y' || word === 'yes' ? {answer: true} : word === 'n' || word === 'no' ? {answer: false} : {problem: 'answer y or n'};
			});
			answered(out, message, answer ? 'Yes' : 'No');
			return answer;
		},
		async select({message, choices, default: fallback}) {
			out.write(`? ${safe(message)}\n${choices.map((choice, index) => `${choiceLine(choice, index)}\n`).join('')}`);
			const preferred = choices.findIndex(choice => choice.value === fallback && !choice.disabled);
			const first = preferred === -1 ? choices.findIndex(choice => !choice.disabled) : preferred;
			const index = await askUntil<number>(lines, out, `Number or name${first === -1 ? '' : ` [${first + 1}]`}: `, line => {
				const picked = line.trim() === '' && first !== -1 ? first : pickChoice(choices, line);
				const choice = picked === undefined ? undefined : choices[picked];
				if (picked === undefined || !choice) {
					return {problem: `answer with a number from 1 to ${choices.length}, or a name`};
				}

				return choice.disabled ? {problem: typeof choice.disabled === 'string' ? `not now: ${choice.disabled}` : 'that one cannot be picked now'} : {answer: picked};
			});
			const choice = choices[index]!;
			answered(out, message, choice.name);
			return choice.value;
		},
		async checkbox({message, choices, validate}) {
			out.write(`? ${safe(message)}\n${choices.map((choice, index) => `${choiceLine(choice, index, choice.checked ? '[x] ' : '[ ] ')}\n`).join('')}`);
			const ticked = choices.flatMap((choice, index) => (choice.checked ? [index + 1] : []));
			const prompt = `Numbers or names, comma-separated${ticked.length > 0 ? `; a space alone ticks none [${ticked.join(',')}]` : ''}: `;
			const indexes = await askUntil<number[]>(lines, out, prompt, line => {
				if (line === '' || line === clearAnswer) {
					const kept = line === '' ? ticked.map(number => number - 1) : [];
					return checked(kept, picked => validate?.(picked.map(index => choices[index]!.value)) ?? true);
				}

				const picked: number[] = [];
				for (const word of line.split(/[,\s]+/).filter(Boolean)) {
					const index = pickChoice(choices, word);
					if (index === undefined) {
						return {problem: `${word} is not one of 1 to ${choices.length}`};
					}

					if (choices[index]!.disabled) {
						return {problem: `${choices[index]!.name} cannot be ticked now`};
					}

					if (!picked.includes(index)) {
						picked.push(index);
					}
				}

				return checked(picked.sort((a, b) => a - b), values => validate?.(values.map(index => choices[index]!.value)) ?? true);
			});
			answered(out, message, indexes.map(index => choices[index]!.name).join(', '));
			return indexes.map(index => choices[index]!.value);
		},
	};
}
