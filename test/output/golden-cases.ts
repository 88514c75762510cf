// The golden cases of test/fixtures/output/ (made by scripts/make-output-goldens.ts with AWS CLI v2),
// and the canned wire responses turned into what the SDK's client returns for them: Date objects
// for timestamps, $metadata, members in no particular order. Helpers only: not a test file.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {getShape, type Shape} from '../../source/model/service-model.js';
import type {OutputFormat} from '../../source/output/output-formats.js';

export const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/output');

export type GoldenCase = {
	golden: string;
	response: string;
	/** Never off: it prints nothing (formatters.test.ts covers it). */
	format: Exclude<OutputFormat, 'off'>;
	query?: string;
	color: boolean;
	width: number;
	args: string[];
	exitCode: number;
	stderr: string;
};

export const manifest = JSON.parse(readFileSync(path.join(fixtures, 'cases.json'), 'utf8')) as {cli: string; cases: GoldenCase[]};

export function readGolden(goldenCase: GoldenCase): string {
	return readFileSync(path.join(fixtures, goldenCase.golden), 'utf8');
}

export function readWireResponse(name: string): unknown {
	return JSON.parse(readFileSync(path.join(fixtures, 'responses', `${name}.json`), 'utf8'));
}

export function toSdk(value: unknown, shape: Shape): unknown {
	if (value === null || value === undefined) {
		return undefined;
	}

	switch (shape.type) {
		case 'structure': {
			const result: Record<string, unknown> = {};
			const record = value as Record<string, unknown>;
			for (const [name, item] of Object.entries(record)) {
				const member = shape.members[name];
				if (member) {
					result[name] = toSdk(item, getShape(member.shape));
				}
			}

			return result;
		}

		case 'list': {
			const memberShape = getShape(shape.member.shape);
			return (value as unknown[]).map(item => toSdk(item, memberShape));
		}

		case 'map': {
			const valueShape = getShape(shape.value.shape);
			return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, toSdk(item, valueShape)]));
		}

		case 'timestamp': {
			return new Date(value as string);
		}

		default: {
			return value;
		}
	}
}

/** What CreateStageCommand resolves to for this wire body (the SDK parses timestamps to Date). */
export function sdkResponse(name: string): unknown {
	return {
		$metadata: {httpStatusCode: 200, requestId: '00000000-0000-4000-8000-000000000000', attempts: 1, totalRetryDelay: 0},
		...(toSdk(readWireResponse(name), getShape('CreateStageResponse')) as Record<string, unknown>),
	};
}
