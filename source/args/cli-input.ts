// --cli-input-json and --cli-input-yaml (awscli/customizations/cliinput.py): a whole request as
// JSON or YAML, inline or from `file://`, under any option given on the command line. Presets
// are one more layer underneath; mergeRequests stacks the layers in that order.
import type * as Yaml from 'yaml';
import {getOperation, getStructure} from '../model/service-model.js';
import {UsageError} from '../basics/errors.js';
import {isStackOverflow, jsonTextNestsTooDeeply, nestingMessage, nestsTooDeeply} from '../basics/nesting.js';
import {requirePackage} from '../basics/require-package.js';
import type {CreateStageRequest} from '../stage/request.js';
import {isPlainObject} from '../stage/validate.js';
import {ParamFileError, readParamFile, type FileSource} from './param-file.js';
import {setOwn} from './shorthand.js';

export type CliInputSources = {json?: string | undefined; yaml?: string | undefined};

/** An operation's top-level input members in the model's order: what a cli-input document may hold. */
export function inputMembers(operationName: string): readonly string[] {
	const shape = getOperation(operationName).input?.shape;
	return shape ? Object.keys(getStructure(shape).members) : [];
}

export const createStageMembers: readonly string[] = inputMembers('CreateStage');

/**
 * The request a --cli-input-json or --cli-input-yaml value holds, or undefined when neither was
 * given. Throws UsageError for both at once, an unreadable file, malformed text, a document that
 * is not a map, or a key the operation does not have (members: its input's, CreateStage's by default).
 */
export function loadCliInput(sources: CliInputSources, files: FileSource = {}, members: readonly string[] = createStageMembers): CreateStageRequest | undefined {
	const given = (['json', 'yaml'] as const).filter(format => sources[format] !== undefined);
	if (given.length === 0) {
		return undefined;
	}

	if (given.length > 1) {
		throw new UsageError('Only one --cli-input- parameter may be specified.');
	}

	const format = given[0]!;
	const flag = `--cli-input-${format}`;
	const text = readSource(sources[format]!, files, flag);
	const loaded = format === 'json' ? parseJsonInput(text, flag) : parseYamlInput(text, flag);
	if (!isPlainObject(loaded)) {
		throw new UsageError(`Error parsing parameter '${flag}': Invalid type: expecting map, received <class '${pythonTypeName(loaded)}'>`);
	}

	checkInputKeys(loaded, members);
	return loaded;
}

/** The AWS CLI's (botocore's) refusal of a key the operation does not have. */
export function checkInputKeys(input: Record<string, unknown>, members: readonly string[] = createStageMembers): void {
	const unknown = Object.keys(input).filter(key => !members.includes(key));
	if (unknown.length > 0) {
		const names = unknown.map(key => JSON.stringify(key)).join(', ');
		throw new UsageError(`Unknown parameter${unknown.length > 1 ? 's' : ''} in input: ${names}, must be one of: ${members.join(', ')}`);
	}
}

/**
 * Stacks request layers, lowest first (preset, cli-input, options): a layer's top-level key
 * replaces the same key below it whole, as the AWS CLI does, never merging inside it.
 * Members come out in the model's order.
 */
export function mergeRequests(...layers: ReadonlyArray<Readonly<Partial<CreateStageRequest>> | undefined>): CreateStageRequest {
	return mergeInputs(createStageMembers, ...layers);
}

/** mergeRequests for any operation: its members (inputMembers) give the order. */
export function mergeInputs(members: readonly string[], ...layers: ReadonlyArray<Readonly<Record<string, unknown>> | undefined>): Record<string, unknown> {
	const merged: Record<string, unknown> = {};
	for (const layer of layers) {
		for (const [key, value] of Object.entries(layer ?? {})) {
			if (value !== undefined) {
				setOwn(merged, key, value);
			}
		}
	}

	const ordered: Record<string, unknown> = {};
	for (const key of [...members, ...Object.keys(merged)]) {
		if (Object.hasOwn(merged, key) && !Object.hasOwn(ordered, key)) {
			setOwn(ordered, key, merged[key]);
		}
	}

	return ordered;
}

function readSource(value: string, files: FileSource, flag: string): string {
	let contents;
	try {
		contents = readParamFile(value, files);
	} catch (error) {
		if (error instanceof ParamFileError) {
			throw new UsageError(`Error parsing parameter '${flag}': ${error.message}`);
		}

		throw error;
	}

	if (!contents) {
		return value;
	}

	// Python's json and YAML loaders take bytes as well; a fileb:// document is read as UTF-8.
	return contents.kind === 'text' ? contents.text : new TextDecoder().decode(contents.bytes);
}

function parseJsonInput(text: string, flag: string): unknown {
	if (jsonTextNestsTooDeeply(text)) {
		throw new UsageError(`Error parsing parameter '${flag}': Invalid JSON received: ${nestingMessage}`);
	}

	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		throw new UsageError(`Error parsing parameter '${flag}': Invalid JSON received: ${(error as Error).message}`);
	}
}

function parseYamlInput(text: string, flag: string): unknown {
	// The YAML library costs tens of milliseconds to load, so only --cli-input-yaml pays for it.
	const yaml = requirePackage('yaml') as typeof Yaml;
	const refuse = (why: string) => new UsageError(`Error parsing parameter '${flag}': Invalid YAML received: ${why}`);
	let loaded: unknown;
	try {
		// YAML 1.2 core schema, as the AWS CLI's ruamel.yaml safe loader; duplicate keys refused.
		// logLevel 'error': the library reports problems to us, never as a process warning.
		const document = yaml.parseDocument(text, {prettyErrors: false, uniqueKeys: true, logLevel: 'error'});
		const [firstError] = document.errors;
		if (firstError) {
			throw firstError;
		}

		// The safe loader refuses a tag it has no constructor for (`!!python/object:…`, `!!js/function`,
		// any local `!tag`); the library would read it as a plain string, so it is refused here.
		const unresolved = document.warnings.find(warning => warning.code === 'TAG_RESOLVE_FAILED');
		if (unresolved) {
			throw refuse(`${unresolved.message.split('\n')[0]} (only YAML's standard tags are read)`);
		}

		loaded = document.toJS({maxAliasCount: 100});
	} catch (error) {
		if (error instanceof UsageError) {
			throw error;
		}

		throw refuse(isStackOverflow(error) ? nestingMessage : ((error as Error).message ?? '').split('\n')[0]!);
	}

	if (nestsTooDeeply(loaded)) {
		throw refuse(nestingMessage);
	}

	return loaded;
}

function pythonTypeName(value: unknown): string {
	if (value === null || value === undefined) {
		return 'NoneType';
	}

	if (Array.isArray(value)) {
		return 'list';
	}

	switch (typeof value) {
		case 'string': {
			return 'str';
		}

		case 'boolean': {
			return 'bool';
		}

		case 'number': {
			return Number.isInteger(value) ? 'int' : 'float';
		}

		default: {
			return typeof value;
		}
	}
}
