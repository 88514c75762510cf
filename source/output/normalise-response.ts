// The SDK's answer as the plain data AWS CLI v2 formats: members in the API model's order (botocore
// builds its dict by walking the output shape, and json prints that order), members the model does
// not know dropped (as botocore's parser drops them, $metadata with them), timestamps as the
// strings v2 prints. Queries then run on exactly what v2's queries see.
import {getOperation, getShape, type Shape} from '../model/service-model.js';
import {pythonIsoformat} from './python-isoformat.js';

/** Plain data: what JSON can hold. */
export type PlainData = null | boolean | number | string | PlainData[] | {[key: string]: PlainData};

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && !ArrayBuffer.isView(value);
}

/**
 * Objects without a prototype, so that keys from the service such as "__proto__" or "constructor"
 * are plain keys, for this code and for the query engine (which reads obj[key]).
 */
function newRecord(): Record<string, PlainData> {
	return Object.create(null) as Record<string, PlainData>;
}

function bytesToBase64(bytes: ArrayBufferView): string {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Without a shape (an operation the model lacks, or data inside a document): keep the given order. */
function normaliseGeneric(value: unknown): PlainData {
	if (value === null || value === undefined) {
		return null;
	}

	if (value instanceof Date) {
		return pythonIsoformat(value);
	}

	if (ArrayBuffer.isView(value)) {
		return bytesToBase64(value);
	}

	if (Array.isArray(value)) {
		return value.map(item => normaliseGeneric(item));
	}

	if (isRecord(value)) {
		const result = newRecord();
		for (const [key, item] of Object.entries(value)) {
			if (key !== '$metadata' && item !== undefined) {
				result[key] = normaliseGeneric(item);
			}
		}

		return result;
	}

	if (typeof value === 'bigint') {
		return Number(value);
	}

	return value as PlainData;
}

function normaliseWithShape(value: unknown, shape: Shape): PlainData {
	switch (shape.type) {
		case 'structure': {
			if (!isRecord(value)) {
				return normaliseGeneric(value);
			}

			const result = newRecord();
			for (const [name, member] of Object.entries(shape.members)) {
				const item = value[name];
				// botocore leaves out members that are absent or null on the wire; the SDK too.
				if (item !== undefined && item !== null) {
					result[name] = normaliseWithShape(item, getShape(member.shape));
				}
			}

			return result;
		}

		case 'list': {
			if (!Array.isArray(value)) {
				return normaliseGeneric(value);
			}

			const memberShape = getShape(shape.member.shape);
			return value.map(item => normaliseWithShape(item, memberShape));
		}

		case 'map': {
			if (!isRecord(value)) {
				return normaliseGeneric(value);
			}

			const valueShape = getShape(shape.value.shape);
			const result = newRecord();
			for (const [key, item] of Object.entries(value)) {
				if (item !== undefined) {
					result[key] = item === null ? null : normaliseWithShape(item, valueShape);
				}
			}

			return result;
		}

		case 'timestamp': {
			return value instanceof Date || typeof value === 'string' || typeof value === 'number' ? pythonIsoformat(value) : normaliseGeneric(value);
		}

		case 'blob': {
			return ArrayBuffer.isView(value) ? bytesToBase64(value) : normaliseGeneric(value);
		}

		default: {
			return normaliseGeneric(value);
		}
	}
}

/**
 * The SDK's response (or the wire's parsed JSON) as v2's formatters see it. outputShape names the
 * shape; without it the operation's output shape is used, and without that the data's own order.
 */
export function normaliseResponse(response: unknown, options: {operationName?: string; outputShape?: string} = {}): PlainData {
	const shapeName = options.outputShape ?? (options.operationName ? getOperation(options.operationName).output?.shape : undefined);
	return shapeName ? normaliseWithShape(response, getShape(shapeName)) : normaliseGeneric(response);
}
