// How large a valid request can be, from the API model: the bound for every `file://` value. A
// value is read whole before it is parsed, so the read has to stop somewhere; stopping where no
// valid CreateStage input could still be going refuses nothing the service would take, and
// `file:///dev/zero` stops there too.
import {getOperation, getShape} from '../model/service-model.js';
import {attributesByteLimit} from './validate.js';

// The longest JSON a character can take: a code point outside the BMP written as two \uXXXX escapes.
const bytesPerCharacter = 12;
// The longest JSON a byte of UTF-8 can take: a control character written as \u00XX.
const bytesPerByte = 6;

/**
 * The most bytes a value of the shape can take as JSON, with every string at its longest and written
 * with the longest escapes, and every list and map full. Infinity when the model sets no bound.
 */
export function largestJsonBytes(shapeName: string): number {
	// Documented, not modelled: a token's attributes hold at most 1 KB of UTF-8, keys and values
	// together, so at most that many entries past the one with an empty key, each `"k":"v",`.
	if (shapeName === 'ParticipantTokenAttributes') {
		return 2 + (bytesPerByte * attributesByteLimit) + (6 * (attributesByteLimit + 1));
	}

	const shape = getShape(shapeName);
	switch (shape.type) {
		case 'structure': {
			let size = 2;
			for (const [name, member] of Object.entries(shape.members)) {
				size += name.length + 4 + largestJsonBytes(member.shape);
			}

			return size;
		}

		case 'list': {
			return 2 + ((shape.max ?? Number.POSITIVE_INFINITY) * (largestJsonBytes(shape.member.shape) + 1));
		}

		case 'map': {
			return 2 + ((shape.max ?? Number.POSITIVE_INFINITY) * (largestJsonBytes(shape.key.shape) + largestJsonBytes(shape.value.shape) + 2));
		}

		case 'string': {
			if (shape.enum) {
				return 2 + Math.max(...shape.enum.map(value => value.length));
			}

			return 2 + ((shape.max ?? Number.POSITIVE_INFINITY) * bytesPerCharacter);
		}

		case 'integer': {
			return '-2147483648'.length;
		}

		case 'long': {
			return '-9223372036854775808'.length;
		}

		case 'boolean': {
			return 'false'.length;
		}

		default: {
			// Timestamps, floats: CreateStage has none; a generous fixed width.
			return 64;
		}
	}
}

let fileValueLimit: number | undefined;

/**
 * The most bytes a `file://` (or `fileb://`) value may have: twice the largest CreateStage input
 * (room for indentation and comments), rounded up to a power of two. 1 MiB for the 2020-07-14 model,
 * whose largest input is about 400 KB (50 tags and 12 tokens with every field at its longest).
 * Computed once, on the first file:// value.
 */
export function fileValueByteLimit(): number {
	fileValueLimit ??= 2 ** Math.ceil(Math.log2(2 * largestJsonBytes(getOperation('CreateStage').input!.shape)));
	return fileValueLimit;
}
