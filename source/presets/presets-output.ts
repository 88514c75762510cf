// list and show print with the same formatters as the create-stage response, so --output
// json|yaml|table|text (and --query) look the same everywhere. formatOutput() itself reads the
// member order from the API model by operation name, and a preset is no API operation; so the
// pieces it is made of are used here directly, with generic (data-order) normalisation and the
// table titled by `title`.
import {formatJson} from '../output/json-output.js';
import {normaliseResponse} from '../output/normalise-response.js';
import {applyQuery} from '../output/query.js';
import {formatTable} from '../output/table-output.js';
import {formatText} from '../output/text-output.js';
import {formatYaml} from '../output/yaml-output.js';
import {neutraliseControlCharacters} from '../output/control-characters.js';
import type {OutputFormat} from '../output/output-formats.js';

/** The response formats that suit a list of presets: no yaml-stream (there are no pages), no off. */
export const presetsOutputFormats = ['json', 'yaml', 'table', 'text'] as const satisfies readonly OutputFormat[];
export type PresetsOutputFormat = (typeof presetsOutputFormats)[number];

export type PresetsOutputOptions = {
	format: PresetsOutputFormat;
	query: string | undefined;
	color: boolean;
	terminalWidth: number;
	/** The table's title, as the operation name is for a response. */
	title: string;
	/** Stdout is a terminal: control characters in saved text are neutralised, as for responses. */
	terminal: boolean;
};

export function formatPresetsOutput(data: unknown, options: PresetsOutputOptions): string {
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
