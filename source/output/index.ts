// The output folder's public face: the formatters, --query, and the terminal-safety helper.
export {formatOutput, toOutputData, type FormatOptions} from './format-output.js';
export {outputFormats, type OutputFormat} from './output-formats.js';
export {validateQuery} from './query.js';
export {neutraliseControlCharacters, hasControlCharacters} from './control-characters.js';
export {pythonIsoformat} from './python-isoformat.js';
export type {PlainData} from './normalise-response.js';
