// --query: JMESPath through the `jmespath` package (the same specification as the Python jmespath
// AWS CLI v2 uses), loaded only when a query is given, so that plain runs do not pay for it. v2
// compiles the expression while parsing arguments (a bad one is a usage error, exit 252, before
// any request) and searches after the response is parsed (a failing search exits 255).
import {CliError, exitCodes, UsageError} from '../errors.js';
import {requirePackage} from '../require-package.js';
import type {PlainData} from './normalise-response.js';

/** The package's API; @types/jmespath declares search() only, but compile() is exported too. */
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

/** Throws UsageError, with v2's first line, when the expression does not parse. */
export function validateQuery(expression: string): void {
	try {
		loadJmespath().compile(expression);
	} catch (error) {
		// v2 follows this with the expression and a caret on two more lines; one line here.
		throw new UsageError(`Bad value for --query ${expression}: Invalid jmespath expression: ${messageOf(error).replaceAll(/\s*\n\s*/g, ' ')}`);
	}
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
