// The one entry point of the formatters: the SDK's response in, exactly what AWS CLI v2 prints for
// the same response out (--output and --query). Synchronous, and cheap to import (about 10 ms for
// the folder): the parts with a cost load on first use only, the query engine (jmespath) when a
// query is given and the East Asian width table when a table is drawn.
import {CliError, exitCodes} from '../basics/errors.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {formatJson} from './json-output.js';
import {normaliseResponse, type PlainData} from './normalise-response.js';
import type {OutputFormat} from './output-formats.js';
import {applyQuery, validateQuery} from './query.js';
import {formatTable} from './table-output.js';
import {formatText} from './text-output.js';
import {formatYaml, formatYamlStream} from './yaml-output.js';

export type FormatOptions = {
	format: OutputFormat;
	/** The --query expression (JMESPath). */
	query?: string | undefined;
	/** v2's --color on (table only); the caller resolves auto to "stdout is a terminal". */
	color: boolean;
	/** The table's width: the terminal's columns, or 80 when stdout is not a terminal (as v2). */
	terminalWidth: number;
	/** The operation, e.g. 'CreateStage': the table's title and, through the model, the member order. */
	operationName: string;
	/** The output shape's name when it is not the operation's (tests, other operations). */
	outputShape?: string;
	/**
	 * Stdout is a terminal: neutralise control characters from the service in text and table output
	 * (v2 writes them raw) and escape DEL/C1 controls in json (v2 leaves those raw). Off by default,
	 * which is v2 byte for byte.
	 */
	terminal?: boolean | undefined;
};

/** The response as the plain data v2 formats and queries: model order, timestamps as v2 prints them. */
export function toOutputData(response: unknown, options: Pick<FormatOptions, 'operationName' | 'outputShape' | 'query'>): PlainData {
	const data = normaliseResponse(response, options);
	return options.query === undefined ? data : applyQuery(data, options.query);
}

/**
 * A batch's output: `{"results": [each response, normalised as one would be]}`, --query applied
 * to that object. Each response keeps the model's member order and v2's timestamps.
 */
export function toBatchOutputData(responses: readonly unknown[], options: Pick<FormatOptions, 'operationName' | 'outputShape' | 'query'>): PlainData {
	const data: PlainData = {results: responses.map(response => normaliseResponse(response, options))};
	return options.query === undefined ? data : applyQuery(data, options.query);
}

/**
 * What `aws <service> <operation> --output FORMAT [--query Q]` writes to stdout for this response,
 * trailing newline included ('' when v2 prints nothing). Throws UsageError for a bad query (exit 252)
 * and CliError (exit 255) where v2 fails while formatting (a failing query function, a table of
 * lists of unequal length).
 */
export function formatOutput(response: unknown, options: FormatOptions): string {
	return formatOutputData(() => toOutputData(response, options), options);
}

/** formatOutput for a batch's responses (toBatchOutputData). */
export function formatBatchOutput(responses: readonly unknown[], options: FormatOptions): string {
	return formatOutputData(() => toBatchOutputData(responses, options), options);
}

function formatOutputData(toData: () => PlainData, options: FormatOptions): string {
	if (options.format === 'off') {
		// v2 still refuses a bad expression (it compiles --query with the arguments), then prints nothing.
		if (options.query !== undefined) {
			validateQuery(options.query);
		}

		return '';
	}

	const data = toData();
	const neutralise = options.terminal ? neutraliseControlCharacters : undefined;
	switch (options.format) {
		case 'json': {
			return formatJson(data, {terminal: options.terminal});
		}

		case 'yaml': {
			return formatYaml(data, {terminal: options.terminal});
		}

		case 'yaml-stream': {
			return formatYamlStream(data, {terminal: options.terminal});
		}

		case 'text': {
			return formatText(data, {neutralise});
		}

		case 'table': {
			const table = formatTable(data, {title: options.operationName, terminalWidth: options.terminalWidth, color: options.color, neutralise});
			// With colour, v2 has colorama reset the terminal once more at exit when stdout is a terminal.
			return options.color && options.terminal ? `${table}\u001B[0m` : table;
		}

		default: {
			throw new CliError(`Unknown output type: ${String(options.format)}`, exitCodes.usage);
		}
	}
}
