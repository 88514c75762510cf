// The value of one operation parameter from its shell words, decided as the AWS CLI decides it
// (awscli/paramfile.py, then awscli/argprocess.py): a lone `file://` word stands for the file's
// text; a value starting with `{` or `[` is JSON; any other value of a structure, map or list of
// structures is shorthand; strings stay strings. Errors are one line naming the option.
import {getShape, type Shape} from '../model/service-model.js';
import {UsageError} from '../basics/errors.js';
import {jsonTextNestsTooDeeply, nestingMessage} from '../basics/nesting.js';
import type {OptionSpec} from './options.js';
import {ParamFileError, readParamFile, type FileSource} from './param-file.js';
import {pythonInt, pythonStrip} from './python-text.js';
import {parseShorthand} from './shorthand.js';
import {ShorthandError} from './shorthand-errors.js';
import {applyShorthandTypes, ShorthandTypeError} from './shorthand-model.js';

/**
 * The request value of a parameter option from the words given to it (one for a plain option,
 * any number for a list option). Throws UsageError: `Error parsing parameter '--tags': …`.
 */
export function unpackParameterValue(option: OptionSpec, words: readonly string[], source: FileSource = {}): unknown {
	if (option.target.kind !== 'parameter') {
		throw new TypeError(`${option.flag} is not an operation parameter`);
	}

	const {member, shapeName} = option.target;
	try {
		return unpack(getShape(shapeName), shapeName, member, words, source, option.flag);
	} catch (error) {
		throw asUsageError(error, option.flag);
	}
}

function unpack(shape: Shape, shapeName: string, member: string, words: readonly string[], source: FileSource, flag: string): unknown {
	const isList = shape.type === 'list';
	// Only a lone word can name a file, for list options too (`--tags file://t.json`).
	let value: string | string[] = isList && words.length !== 1 ? [...words] : words[0] ?? '';
	if (typeof value === 'string') {
		const contents = readParamFile(value, source);
		if (contents?.kind === 'binary') {
			throw new ParamFileError(`fileb:// gives the file's bytes, but ${flag} takes text; use file:// instead`);
		}

		if (contents) {
			value = contents.text;
		}

		// The AWS CLI hands a list parameter the file's text as a bare string and then fails on it
		// (or walks it character by character); one item per file is what anyone means.
		if (isList) {
			value = [value];
		}
	}

	if (shape.type !== 'structure' && shape.type !== 'map' && shape.type !== 'list') {
		return unpackScalar(shape, member, value as string);
	}

	const first = Array.isArray(value) ? value[0] : value;
	if (typeof first === 'string' && /^[[{]/.test(pythonStrip(first))) {
		return unpackJson(shape, value);
	}

	if (shape.type === 'list' && !supportsShorthand(shape)) {
		// A list of scalars: each word is one item, as the AWS CLI's nargs gives them.
		const memberShape = getShape(shape.member.shape);
		return (value as string[]).map(word => unpackScalar(memberShape, member, word));
	}

	const parsed = Array.isArray(value) ? value.map(word => parseShorthand(word)) : parseShorthand(value);
	return applyShorthandTypes(parsed, shapeName, [member]);
}

/** The AWS CLI offers shorthand for structures, maps, and lists of those. */
function supportsShorthand(shape: Shape): boolean {
	if (shape.type === 'structure' || shape.type === 'map') {
		return true;
	}

	if (shape.type === 'list') {
		const memberType = getShape(shape.member.shape).type;
		return memberType === 'structure' || memberType === 'map' || memberType === 'list';
	}

	return false;
}

function unpackScalar(shape: Shape, member: string, value: string): unknown {
	if (shape.type === 'integer' || shape.type === 'long') {
		const number = pythonInt(value);
		if (number === undefined) {
			throw new ShorthandTypeError([member], value, 'integer');
		}

		return number;
	}

	return value;
}

/** awscli's _unpack_complex_cli_arg: JSON, checked only for looking like the right kind of JSON. */
function unpackJson(shape: Shape, value: string | string[]): unknown {
	if (shape.type === 'list') {
		const words = Array.isArray(value) ? value : [value];
		if (words.length === 1 && pythonStrip(words[0]!).startsWith('[')) {
			return parseJson(words[0]!);
		}

		const memberShape = getShape(shape.member.shape);
		return words.map(word => {
			if (memberShape.type !== 'structure' && memberShape.type !== 'map') {
				return word;
			}

			if (!pythonStrip(word).startsWith('{')) {
				throw new JsonValueError(`Invalid JSON: ${showValue(word)} (when the first value is JSON, every value must be a JSON object)`);
			}

			return parseJson(word);
		});
	}

	const text = Array.isArray(value) ? value.join(' ') : value;
	if (!pythonStrip(text).startsWith('{')) {
		throw new JsonValueError(`Invalid JSON: ${showValue(text)} (expected a JSON object)`);
	}

	return parseJson(text);
}

class JsonValueError extends Error {}

/** A value inside a one-line message: escaped if it spans lines, shortened if long. */
export function showValue(text: string): string {
	const characters = [...text];
	const short = characters.length > 80 ? `${characters.slice(0, 77).join('')}…` : text;
	return /[\u0000-\u001F\u007F]/.test(short) ? JSON.stringify(short) : short;
}

function parseJson(text: string): unknown {
	if (jsonTextNestsTooDeeply(text)) {
		throw new JsonValueError(`Invalid JSON: ${nestingMessage}`);
	}

	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		throw new JsonValueError(`Invalid JSON: ${(error as Error).message}`);
	}
}

function asUsageError(error: unknown, flag: string): unknown {
	const prefix = `Error parsing parameter '${flag}': `;
	if (error instanceof ShorthandError || error instanceof ShorthandTypeError) {
		return new UsageError(prefix + error.describe());
	}

	if (error instanceof ParamFileError || error instanceof JsonValueError) {
		return new UsageError(prefix + error.message);
	}

	return error;
}
