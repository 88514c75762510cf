// The store checks its file with a small JSON Schema checker (json-schema-check.ts) to spare ajv's
// start-up cost; here the same schema goes through conf's own ajv on the same documents, so the
// schema is valid JSON Schema and the two agree on what passes.
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import Conf from 'conf';
import {configSchema} from '../../source/presets/schema.js';
import {checkJsonSchema} from '../../source/presets/json-schema-check.js';
import {tempConfigDir} from './helpers.js';

const valid = [
	{version: 3, presets: {}},
	{
		version: 3,
		presets: {
			'team.weekly': {
				description: 'd',
				request: {name: 'show-{date}', tags: {a: 'b'}},
				defaults: {region: 'us-east-1', profile: 'p', output: 'yaml-stream'},
				createdAt: '2026-11-28T11:00:00.000Z',
				updatedAt: '2026-11-28T11:00:00+01:00',
				lastUsedAt: '2026-11-29T08:00:00Z',
			},
		},
		draft: {request: {}, step: 'review', settings: {region: 'r', profile: 'p', endpointUrl: 'http://x'}, savedAt: '2026-11-28T11:00:00Z'},
	},
];

const invalid = [
	{presets: {}},
	{version: 1, presets: {}},
	{version: 2, presets: {}},
	{version: 3, presets: {ok: {request: {}, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z', lastUsedAt: 'today'}}},
	{version: 3, presets: []},
	{version: 3, presets: {}, extra: true},
	{version: 3, presets: {'bad name': {request: {}, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 3, presets: {ok: {request: {}, createdAt: '2026-11-28T11:00:00Z'}}},
	{version: 3, presets: {ok: {request: [], createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 3, presets: {ok: {request: {}, createdAt: 'yesterday', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 3, presets: {ok: {request: {}, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z', token: 'x'}}},
	{version: 3, presets: {ok: {request: {}, defaults: {output: 'csv'}, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 3, presets: {ok: {request: {}, defaults: {region: ''}, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 3, presets: {ok: {request: {}, description: 'x'.repeat(1025), createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 3, presets: {}, draft: {request: {}}},
	{version: 3, presets: {}, draft: {request: {}, savedAt: '2026-11-28T11:00:00Z', settings: {token: 'x'}}},
];

function ajvAccepts(t: Parameters<typeof tempConfigDir>[0], document: unknown): boolean {
	const cwd = tempConfigDir(t);
	fs.writeFileSync(path.join(cwd, 'config.json'), JSON.stringify(document));
	const {properties, ...rootSchema} = configSchema;
	try {
		// conf validates the file on construction with ajv (draft 2020-12, with formats).
		new Conf({cwd, schema: properties as never, rootSchema: rootSchema as never, accessPropertiesByDotNotation: false}); // eslint-disable-line no-new
		return true;
	} catch (error) {
		if ((error as Error).message.startsWith('Config schema violation')) {
			return false;
		}

		throw error;
	}
}

for (const [index, document] of valid.entries()) {
	test(`valid document ${index} passes both checkers`, t => {
		t.deepEqual(checkJsonSchema(configSchema, document), []);
		t.true(ajvAccepts(t, document));
	});
}

for (const [index, document] of invalid.entries()) {
	test(`invalid document ${index} fails both checkers`, t => {
		t.not(checkJsonSchema(configSchema, document).length, 0);
		t.false(ajvAccepts(t, document));
	});
}
