// --output yaml and yaml-stream as AWS CLI v2 prints them (its YAMLDumper over ruamel.yaml): an
// empty dict prints nothing; a lone scalar is written as JSON (v2 does so to avoid YAML's "..."
// document end marker); anything else is one block-style document with sorted keys. yaml-stream
// wraps the response in a list, as v2 writes one list item per page.
import {pythonJsonDumps} from './json-output.js';
import type {PlainData} from './normalise-response.js';
import {isDict} from './python-text.js';
import {emitYamlDocument} from './yaml-emitter.js';
import {represent} from './yaml-nodes.js';

function isEmptyDict(data: PlainData): boolean {
	return isDict(data) && Object.keys(data).length === 0;
}

type YamlOptions = {terminal?: boolean | undefined};

/** YAMLDumper.dump: JSON for a scalar, else ruamel's block YAML. */
function dump(data: PlainData, options: YamlOptions): string {
	if (data === null || typeof data !== 'object') {
		return `${pythonJsonDumps(data, options)}\n`;
	}

	return emitYamlDocument(represent(data), options);
}

export function formatYaml(data: PlainData, options: YamlOptions = {}): string {
	return isEmptyDict(data) ? '' : dump(data, options);
}

export function formatYamlStream(data: PlainData, options: YamlOptions = {}): string {
	return isEmptyDict(data) ? '' : dump([data], options);
}
