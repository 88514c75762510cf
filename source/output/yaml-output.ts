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

/** YAMLDumper.dump: JSON for a scalar, else ruamel's block YAML. */
function dump(data: PlainData): string {
	if (data === null || typeof data !== 'object') {
		return `${pythonJsonDumps(data)}\n`;
	}

	return emitYamlDocument(represent(data));
}

export function formatYaml(data: PlainData): string {
	return isEmptyDict(data) ? '' : dump(data);
}

export function formatYamlStream(data: PlainData): string {
	return isEmptyDict(data) ? '' : dump([data]);
}
