// --query: JMESPath through the `jmespath` package (the same specification as the Python jmespath
// AWS CLI v2 uses), loaded only when a query is given, so that plain runs do not pay for it. v2
// compiles the expression while parsing arguments (a bad one is a usage error, exit 252, before
// any request) and searches after the response is parsed (a failing search exits 255).
import {CliError, exitCodes, UsageError} from '../basics/errors.js';
import {nestingMessage, nestsTooDeeply} from '../basics/nesting.js';
import {requirePackage} from '../basics/require-package.js';
import type {PlainData} from './normalise-response.js';

/** The part of the package's API used here (it ships no types of its own; compile() is not in @types/jmespath). */
type Jmespath = {
	compile: (expression: string) => unknown;
	search: (data: unknown, expression: string) => unknown;
};

let jmespath: Jmespath | undefined;

function loadJmespath(): Jmespath {
	jmespath ??= requirePackage('jmespath') as Jmespath;
	return jmespath;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * How deep a compiled expression may nest. The search walks the tree recursively, so
 * `a.a.a.…` thousands long compiles and then overflows the stack while searching: after the
 * stage is created. No query over a CreateStage answer needs more than a few levels.
 */
export const queryDepthLimit = 128;

/** The parsed expression's tree (jmespath's AST), for checks that read its shape; throws when it does not parse. */
export function compileQuery(expression: string): unknown {
	return loadJmespath().compile(expression);
}

/** Throws UsageError, with v2's first line, when the expression does not parse. */
export function validateQuery(expression: string): void {
	// A very long expression is shown cut: the line stays readable.
	const shown = expression.length > 200 ? `${expression.slice(0, 197)}…` : expression;
	let tree: unknown;
	try {
		tree = compileQuery(expression);
	} catch (error) {
		// v2 follows this with the expression and a caret on two more lines; one line here.
		const reason = /Maximum call stack/.test(messageOf(error)) ? `nested more than ${queryDepthLimit} levels deep` : messageOf(error).replaceAll(/\s*\n\s*/g, ' ');
		throw new UsageError(`Bad value for --query ${shown}: Invalid jmespath expression: ${reason}`);
	}

	const tooDeep = treeTooDeep(tree);
	if (tooDeep) {
		throw new UsageError(`Bad value for --query ${shown}: Invalid jmespath expression: ${tooDeep}`);
	}
}

type QueryNode = {type?: unknown; children?: unknown; value?: unknown};

/** Walks the compiled tree without recursion; a literal's JSON counts against the input limit. */
function treeTooDeep(tree: unknown): string | undefined {
	const stack: Array<[unknown, number]> = [[tree, 1]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (typeof node !== 'object' || node === null) {
			continue;
		}

		if (depth > queryDepthLimit) {
			return `nested more than ${queryDepthLimit} levels deep`;
		}

		const {type, children, value} = node as QueryNode;
		if (type === 'Literal') {
			if (nestsTooDeeply(value)) {
				return `a literal ${nestingMessage}`;
			}

			continue;
		}

		for (const child of Array.isArray(children) ? children : []) {
			stack.push([child, depth + 1]);
		}

		if (typeof value === 'object' && value !== null && typeof (value as QueryNode).type === 'string') {
			stack.push([value, depth + 1]);
		}
	}

	return undefined;
}

const typeNames: Record<string, string> = {
	'Array<number>': 'array-number',
	'Array<string>': 'array-string',
	expression: 'expref',
};

/** The JavaScript library's runtime errors in the words of Python's jmespath, where they map. */
function pythonMessage(message: string): string {
	const arity = /^ArgumentError: (\w+)\(\) takes (at least ?)?(\d+) arguments? but received (\d+)$/.exec(message);
	if (arity) {
		const [, name, atLeast, expected, received] = arity;
		const noun = expected === '1' ? 'argument' : 'arguments';
		return `Expected ${atLeast ? 'at least ' : ''}${expected} ${noun} for function ${name}(), received ${received}`;
	}

	const type = /^TypeError: (\w+)\(\) expected argument \d+ to be type (.+) but received type (.+) instead\.$/.exec(message);
	if (type) {
		const [, name, expected = '', received = ''] = type;
		const expectedList = expected.split(',').map(item => `'${typeNames[item] ?? item}'`).join(', ');
		return `In function ${name}(), invalid type for value, expected one of: [${expectedList}], received: "${typeNames[received] ?? received}"`;
	}

	return message;
}

/** The query applied to the normalised response, as v2 applies it to its parsed dict. */
export function applyQuery(data: PlainData, expression: string): PlainData {
	validateQuery(expression);
	try {
		return loadJmespath().search(data, expression) as PlainData;
	} catch (error) {
		throw new CliError(pythonMessage(messageOf(error)), exitCodes.other);
	}
}
