// The config file's JSON Schema (draft 2020-12), current version only; older versions are brought up
// to it by migrations.ts before they are checked. It checks the file's structure. A preset's request
// is checked field by field by the core validator when it is saved, imported or used; a hand-edited
// value the service would refuse is the user's data to fix, not a reason to move the file aside.
import {outputFormats} from '../output/output-formats.js';
import {maxBatchCount} from '../stage/service-quotas.js';
import {descriptionLengthLimit} from './limits.js';
import {presetNamePattern} from './preset-name.js';

export const currentConfigVersion = 4;

const timestamp = {type: 'string', format: 'date-time'} as const;

export const configSchema = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	title: 'ivs-stage-wizard config file',
	type: 'object',
	required: ['version', 'presets'],
	additionalProperties: false,
	properties: {
		version: {const: currentConfigVersion},
		presets: {
			type: 'object',
			propertyNames: {pattern: presetNamePattern},
			additionalProperties: {$ref: '#/$defs/preset'},
		},
		draft: {$ref: '#/$defs/draft'},
	},
	$defs: {
		timestamp,
		request: {type: 'object'},
		preset: {
			type: 'object',
			required: ['request', 'createdAt', 'updatedAt'],
			additionalProperties: false,
			properties: {
				description: {type: 'string', maxLength: descriptionLengthLimit},
				request: {$ref: '#/$defs/request'},
				count: {type: 'integer', minimum: 1, maximum: maxBatchCount},
				defaults: {
					type: 'object',
					additionalProperties: false,
					properties: {
						region: {type: 'string', minLength: 1},
						profile: {type: 'string', minLength: 1},
						output: {enum: outputFormats},
					},
				},
				createdAt: {$ref: '#/$defs/timestamp'},
				updatedAt: {$ref: '#/$defs/timestamp'},
				lastUsedAt: {$ref: '#/$defs/timestamp'},
			},
		},
		draft: {
			type: 'object',
			required: ['request', 'savedAt'],
			additionalProperties: false,
			properties: {
				request: {$ref: '#/$defs/request'},
				count: {type: 'integer', minimum: 1, maximum: maxBatchCount},
				step: {type: 'string'},
				settings: {
					type: 'object',
					additionalProperties: false,
					properties: {
						region: {type: 'string'},
						profile: {type: 'string'},
						endpointUrl: {type: 'string'},
					},
				},
				savedAt: {$ref: '#/$defs/timestamp'},
			},
		},
	},
} as const;
