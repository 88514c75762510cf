// One depth limit for every JSON and YAML input (parameter values, --cli-input-json/yaml, file://
// values, preset files, the emulator's request bodies) and for shorthand's {...} and [...]. The
// deepest CreateStage input is five levels (request → recording → thumbnails → storage → item);
// anything much deeper is an attack or an accident, and past a few thousand levels every recursive
// step after parsing (validation, printing a value in an error) would overflow the stack.

export const nestingLimit = 32;

export const nestingMessage = `nested more than ${nestingLimit} levels deep (the limit for every JSON, YAML and shorthand input)`;

/**
 * Whether a parsed value nests deeper than nestingLimit. Walks without recursion, and visits a
 * shared node (a YAML alias) once, so neither depth nor aliases can make it expensive.
 */
export function nestsTooDeeply(value: unknown): boolean {
	const seen = new Set<object>();
	const stack: Array<[unknown, number]> = [[value, 0]];
	while (stack.length > 0) {
		const [current, depth] = stack.pop()!;
		if (typeof current !== 'object' || current === null || seen.has(current)) {
			continue;
		}

		if (depth + 1 > nestingLimit) {
			return true;
		}

		seen.add(current);
		const children = current instanceof Map ? [...current.keys(), ...current.values()] : current instanceof Set ? [...current] : Object.values(current);
		for (const child of children) {
			stack.push([child, depth + 1]);
		}
	}

	return false;
}

/**
 * How deep JSON text nests, counted on the text (strings skipped) so it can be refused before
 * JSON.parse builds it. Stops counting at limit + 1.
 */
export function jsonTextNestsTooDeeply(text: string): boolean {
	let depth = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const character = text.charCodeAt(index);
		if (inString) {
			if (character === 0x5C) {
				index++;
			} else if (character === 0x22) {
				inString = false;
			}
		} else if (character === 0x22) {
			inString = true;
		} else if (character === 0x5B || character === 0x7B) {
			depth++;
			if (depth > nestingLimit) {
				return true;
			}
		} else if (character === 0x5D || character === 0x7D) {
			depth--;
		}
	}

	return false;
}

/** JSON.parse of a text that nests within the limit; otherwise the one line why not (`tooDeep`: the limit's). */
export function parseJsonText(text: string): {value: unknown} | {problem: string; tooDeep: boolean} {
	if (jsonTextNestsTooDeeply(text)) {
		return {problem: nestingMessage, tooDeep: true};
	}

	try {
		return {value: JSON.parse(text) as unknown};
	} catch (error) {
		return {problem: (error as Error).message, tooDeep: false};
	}
}

/** A stack overflow inside a parser (the YAML library recurses per level): the same refusal. */
export function isStackOverflow(error: unknown): boolean {
	// The YAML library catches the RangeError and reports it as its own error, message kept.
	return error instanceof Error && /Maximum call stack size exceeded/i.test(error.message);
}
