// A --query that cannot apply to the operation's answer is refused before anything is sent: AWS
// CLI v2 finds out only after CreateStage succeeded (`length(stages)`: CreateStage's answer has no
// `stages`, and jmespath's functions refuse null), exits 255 and loses the tokens it would have
// printed. The check runs the query on a complete sample answer built from the API model (every
// member present, one item in each list, as --generate-cli-skeleton output builds it) and refuses
// what fails there. A query whose outcome depends on the values (a filter, a comparison, and/or/not,
// an index past the first or last item, a slice, to_number) may fail on the sample and not on a
// real answer, so it is let through; if it then fails, the answer is kept (cli/answer-not-printed.ts).
import {generate, operationShape} from '../model/skeleton-sample.js';
import {CliError, UsageError} from '../basics/errors.js';
import {normaliseResponse, type PlainData} from './normalise-response.js';
import {applyQuery, compileQuery} from './query.js';

export type AnswerShape = {
	/** The operation whose answer is printed: 'CreateStage', 'ListStages', … */
	operationName: string;
	/** A --count batch prints `{"results": [each answer]}`, and the query applies to that. */
	batch: boolean;
};

/** Throws UsageError (252, nothing sent) when the query fails on every answer of this shape. */
export function assertQueryFits(expression: string, shape: AnswerShape): void {
	const sample = sampleAnswer(shape);
	try {
		applyQuery(sample, expression);
	} catch (error) {
		if (!(error instanceof CliError) || error instanceof UsageError || dependsOnValues(compileQuery(expression))) {
			// A UsageError is the expression's own fault: validateQuery reports it, as v2 words it.
			return;
		}

		const shown = expression.length > 200 ? `${expression.slice(0, 197)}…` : expression;
		const answer = shape.batch
			? `a --count batch's answer, {"results": [each ${shape.operationName} answer]}`
			: `${shape.operationName}'s answer, which holds ${Object.keys(sample as Record<string, unknown>).join(' and ') || 'nothing'}`;
		throw new UsageError(`Bad value for --query ${shown}: it fails on ${answer}: ${error.lines.join(' ')}; nothing was sent`);
	}
}

function sampleAnswer({operationName, batch}: AnswerShape): PlainData {
	const shape = operationShape('output', operationName);
	const answer = normaliseResponse(shape ? generate(shape, [], true) : {}, {operationName});
	return batch ? {results: [answer]} : answer;
}

type QueryNode = {type?: unknown; name?: unknown; value?: unknown; children?: unknown};

const valueDependent = new Set(['Comparator', 'FilterProjection', 'AndExpression', 'OrExpression', 'NotExpression', 'Slice']);

/** Whether the tree holds a part whose result depends on the values rather than on the shape. */
function dependsOnValues(tree: unknown): boolean {
	const stack: unknown[] = [tree];
	while (stack.length > 0) {
		const node = stack.pop();
		if (typeof node !== 'object' || node === null) {
			continue;
		}

		const {type, name, value, children} = node as QueryNode;
		if (typeof type === 'string' && valueDependent.has(type)) {
			return true;
		}

		// The sample's lists hold one item: the first and the last are there, others may be in a real answer.
		if (type === 'Index' && value !== 0 && value !== -1) {
			return true;
		}

		if (type === 'Function' && name === 'to_number') {
			return true;
		}

		if (type !== 'Literal') {
			stack.push(...(Array.isArray(children) ? children as unknown[] : []), value);
		}
	}

	return false;
}
