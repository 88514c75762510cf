// --generate-cli-skeleton input | yaml-input | output, as AWS CLI v2 builds them from the model
// (botocore's ArgumentGenerator, awscli's YAMLArgumentGenerator): input and yaml-input print what
// v2 prints, byte for byte, comments included. For output, v2 2.9.19 fails with this model (its
// own sample breaks the model's minimums), so this prints the same kind of sample made valid.
// The sample itself is skeleton-sample.ts; yaml-input's commented YAML is skeleton-yaml.ts.
import {getShape} from '../model/service-model.js';
import type {CreateStageResponse} from '../stage/request.js';
import type {SkeletonKind} from './options.js';
import {generate, naiveIsoformat, operationShape, type Sample} from '../model/skeleton-sample.js';
import {renderInputSkeletonYaml} from './skeleton-yaml.js';

/** What `--generate-cli-skeleton KIND` prints for the operation (CreateStage by default), newline included. */
export function generateSkeleton(kind: SkeletonKind, operationName = 'CreateStage'): string {
	switch (kind) {
		case 'input': {
			return renderInputSkeletonJson(operationName);
		}

		case 'yaml-input': {
			return renderInputSkeletonYaml(operationName);
		}

		case 'output': {
			return renderOutputSkeleton(operationName);
		}
	}
}

/** The input sample, as a value. */
export function inputSkeleton(operationName = 'CreateStage'): Record<string, unknown> {
	const shapeName = operationShape('input', operationName);
	return shapeName ? generate(shapeName, [], false) as Record<string, unknown> : {};
}

/** Python's json.dump(indent=4) with its default ensure_ascii, then a newline. */
export function renderInputSkeletonJson(operationName = 'CreateStage'): string {
	return `${pythonJson(inputSkeleton(operationName), 0, true)}\n`;
}

function pythonJson(value: unknown, depth: number, ensureAscii: boolean): string {
	if (value instanceof Date) {
		return JSON.stringify(naiveIsoformat(value));
	}

	if (typeof value === 'string') {
		const encoded = JSON.stringify(value);
		return ensureAscii ? encoded.replaceAll(/[^\u0000-\u007F]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`) : encoded;
	}

	if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
		return JSON.stringify(value ?? null);
	}

	const inner = '    '.repeat(depth + 1);
	const outer = '    '.repeat(depth);
	if (Array.isArray(value)) {
		return value.length === 0 ? '[]' : `[\n${value.map(item => inner + pythonJson(item, depth + 1, ensureAscii)).join(',\n')}\n${outer}]`;
	}

	const entries = Object.entries(value as Record<string, unknown>);
	return entries.length === 0
		? '{}'
		: `{\n${entries.map(([key, item]) => `${inner}${pythonJson(key, 0, ensureAscii)}: ${pythonJson(item, depth + 1, ensureAscii)}`).join(',\n')}\n${outer}}`;
}

// ---- output ----

/**
 * Values v2's sample would use but the model refuses (its `activeSessionId` is 15 characters where
 * 16 are required, and so on); each is replaced by the nearest value the model accepts.
 */
const validStrings: Record<string, string> = {
	StageArn: 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh',
	StageSessionId: 'st-a1b2c3d4e5f6g',
	AutoParticipantRecordingStorageConfigurationArn: 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/abcdABCDefgh',
	IngestConfigurationArn: 'arn:aws:ivs:us-west-2:123456789012:ingest-configuration/abcdABCDefgh',
};

/** A CreateStage response in v2's sample style (member names as strings, 0, true), valid for the model. */
export function sampleCreateStageResponse(): CreateStageResponse {
	return sampleResponse('CreateStage');
}

/**
 * Any operation's response in v2's sample style: as v2 prints it where its validator (botocore's,
 * which checks minimums only) lets its own sample through (ListParticipantEvents), else made valid
 * for the model.
 */
export function sampleResponse(operationName: string): Record<string, unknown> {
	const shapeName = operationShape('output', operationName);
	if (!shapeName) {
		return {};
	}

	const sample = generate(shapeName, [], true);
	return (belowMinimum(sample, shapeName) ? makeValid(sample, shapeName) : sample) as Record<string, unknown>;
}

/** Whether botocore's validator refuses the sample: a string, list or number under its minimum. */
function belowMinimum(value: Sample, shapeName: string): boolean {
	const shape = getShape(shapeName);
	switch (shape.type) {
		case 'structure': {
			const object = value as Record<string, Sample>;
			return Object.entries(shape.members).some(([memberName, member]) => memberName in object && belowMinimum(object[memberName]!, member.shape));
		}

		case 'list': {
			const items = value as Sample[];
			return items.length < (shape.min ?? 0) || items.some(item => belowMinimum(item, shape.member.shape));
		}

		case 'map': {
			return Object.values(value as Record<string, Sample>).some(item => belowMinimum(item, shape.value.shape));
		}

		case 'string': {
			return [...(value as string)].length < (shape.min ?? 0);
		}

		case 'integer':
		case 'long':
		case 'float':
		case 'double': {
			return shape.min !== undefined && (value as number) < shape.min;
		}

		default: {
			return false;
		}
	}
}

function makeValid(value: Sample, shapeName: string): Sample {
	const shape = getShape(shapeName);
	switch (shape.type) {
		case 'structure': {
			const object = value as Record<string, Sample>;
			for (const [memberName, member] of Object.entries(shape.members)) {
				if (memberName in object) {
					object[memberName] = makeValid(object[memberName]!, member.shape);
				}
			}

			return object;
		}

		case 'list': {
			return (value as Sample[]).map(item => makeValid(item, shape.member.shape));
		}

		case 'map': {
			const object = value as Record<string, Sample>;
			for (const key of Object.keys(object)) {
				object[key] = makeValid(object[key]!, shape.value.shape);
			}

			return object;
		}

		case 'string': {
			const text = value as string;
			if (shape.enum && !shape.enum.includes(text)) {
				return shape.enum[0]!;
			}

			const length = [...text].length;
			const fits = (shape.min === undefined || length >= shape.min)
				&& (shape.max === undefined || length <= shape.max)
				&& (shape.pattern === undefined || new RegExp(`^(?:${shape.pattern})$`, 'u').test(text));
			return fits ? text : validStrings[shapeName] ?? text;
		}

		case 'integer':
		case 'long':
		case 'float':
		case 'double': {
			const number = value as number;
			return Math.min(Math.max(number, shape.min ?? number), shape.max ?? number);
		}

		default: {
			return value;
		}
	}
}

/** The output sample as v2 would print it with --output json: 4 spaces, timestamps without a zone. */
export function renderOutputSkeleton(operationName = 'CreateStage'): string {
	const sample = sampleResponse(operationName);
	// v2 prints the sample as --output json prints an answer: an empty one (DeleteStage's) is nothing.
	return Object.keys(sample).length === 0 ? '' : `${pythonJson(sample, 0, false)}\n`;
}
