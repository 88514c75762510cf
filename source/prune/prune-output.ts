// The result, `{"deleted": [...], "kept": [...], "failed": [...]}`, in the formats the rest of the
// tool prints (--output json|yaml|table|text, --query on the whole object): the same formatters as
// a response, in the data's own order, as output/listing-output.ts does for a listing.
import {formatJson} from '../output/json-output.js';
import {normaliseResponse} from '../output/normalise-response.js';
import {applyQuery, validateQuery} from '../output/query.js';
import {formatTable} from '../output/table-output.js';
import {formatText} from '../output/text-output.js';
import {formatYaml} from '../output/yaml-output.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {UsageError} from '../basics/errors.js';

export const pruneOutputFormats = ['json', 'table', 'text', 'yaml'] as const;
export type PruneOutputFormat = (typeof pruneOutputFormats)[number];

export type PruneOutput = {
	format: PruneOutputFormat;
	query: string | undefined;
	color: boolean;
	terminalWidth: number;
	/** Stdout is a terminal: text from the service is shown with its control characters escaped. */
	terminal: boolean;
};

/** --output and --query checked while nothing is sent (252). */
export function checkOutputWords(output: string | undefined, query: string | undefined): void {
	if (output !== undefined && !(pruneOutputFormats as readonly string[]).includes(output)) {
		throw new UsageError(`argument --output: Invalid choice '${output}', valid choices are: ${pruneOutputFormats.join(', ')}`);
	}

	if (query !== undefined) {
		validateQuery(query);
	}
}

export function formatPruneOutput(data: unknown, options: PruneOutput, title = 'Prune'): string {
	const normalised = normaliseResponse(data);
	const queried = options.query === undefined ? normalised : applyQuery(normalised, options.query);
	const neutralise = options.terminal ? neutraliseControlCharacters : undefined;
	switch (options.format) {
		case 'json': {
			return formatJson(queried, {terminal: options.terminal});
		}

		case 'yaml': {
			return formatYaml(queried);
		}

		case 'text': {
			return formatText(queried, {neutralise});
		}

		case 'table': {
			return formatTable(queried, {title, terminalWidth: options.terminalWidth, color: options.color, neutralise});
		}
	}
}
