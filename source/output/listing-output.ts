// Listings of our own (presets, stages, keys, tokens) print with the same formatters as the
// create-stage response, so --output json|yaml|table|text (and --query) look the same everywhere.
// formatOutput() itself reads the member order from the API model by operation name, and a listing
// is no API operation; so the pieces it is made of are used here directly, with generic
// (data-order) normalisation and the table titled by `title`.
import {formatJson} from './json-output.js';
import {normaliseResponse} from './normalise-response.js';
import {applyQuery} from './query.js';
import {formatTable} from './table-output.js';
import {formatText} from './text-output.js';
import {formatYaml} from './yaml-output.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import type {OutputFormat} from './output-formats.js';

/** The response formats that suit a listing: no yaml-stream (there are no pages), no off. */
export const listingOutputFormats = ['json', 'yaml', 'table', 'text'] as const satisfies readonly OutputFormat[];
export type ListingOutputFormat = (typeof listingOutputFormats)[number];

export type ListingOutputOptions = {
	format: ListingOutputFormat;
	query: string | undefined;
	color: boolean;
	terminalWidth: number;
	/** The table's title, as the operation name is for a response. */
	title: string;
	/** Stdout is a terminal: control characters in saved text are neutralised, as for responses. */
	terminal: boolean;
};

export function formatListingOutput(data: unknown, options: ListingOutputOptions): string {
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
			return formatTable(queried, {title: options.title, terminalWidth: options.terminalWidth, color: options.color, neutralise});
		}
	}
}
