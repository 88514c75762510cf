// The store checks its file with the code ajv generated from schema.ts ahead of time
// (config-validator.generated.ts), to spare compiling the schema on every start. Here that file must
// be what the generator writes from schema.ts today, and it must agree with conf's own ajv, given
// the same schema at run time, on the same documents.
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import Conf from 'conf';
import {configSchemaProblems} from '../../source/presets/check-config.js';
import {configSchema} from '../../source/presets/schema.js';
import {configValidatorPath, configValidatorSource} from '../../scripts/make-config-validator.js';
import {tempConfigDir} from './helpers.js';

test('config-validator.generated.ts is current with schema.ts (else run: npx tsx scripts/make-config-validator.ts)', t => {
	t.is(fs.readFileSync(configValidatorPath, 'utf8'), configValidatorSource());
});

test('each violation is one line naming where and which rule', t => {
	const document = {
		version: 4,
		presets: {
			'bad name': {request: {}, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z', token: 'x'},
			ok: {request: {}, defaults: {output: 'csv'}, createdAt: '2026-02-30T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'},
		},
		extra: true,
	};
	t.deepEqual(configSchemaProblems(document), [
		'/extra: is not an allowed property',
		'/presets/bad name (name): must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"',
		'/presets/bad name/token: is not an allowed property',
		'/presets/ok/defaults/output: must be one of json, text, table, yaml, yaml-stream, off',
		'/presets/ok/createdAt: must match format "date-time"',
	]);
});

const valid = [
	{version: 4, presets: {}},
	{
		version: 4,
		presets: {
			'team.weekly': {
				description: 'd',
				request: {name: 'show-{date}', tags: {a: 'b'}},
				count: 100,
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
	{version: 3, presets: {}},
	{version: 4, presets: {ok: {request: {}, count: 0, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 4, presets: {ok: {request: {}, count: 101, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 4, presets: {ok: {request: {}, count: 2.5, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 4, presets: {ok: {request: {}, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z', lastUsedAt: 'today'}}},
	{version: 4, presets: []},
	{version: 4, presets: {}, extra: true},
	{version: 4, presets: {'bad name': {request: {}, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 4, presets: {ok: {request: {}, createdAt: '2026-11-28T11:00:00Z'}}},
	{version: 4, presets: {ok: {request: [], createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 4, presets: {ok: {request: {}, createdAt: 'yesterday', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 4, presets: {ok: {request: {}, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z', token: 'x'}}},
	{version: 4, presets: {ok: {request: {}, defaults: {output: 'csv'}, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 4, presets: {ok: {request: {}, defaults: {region: ''}, createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 4, presets: {ok: {request: {}, description: 'x'.repeat(1025), createdAt: '2026-11-28T11:00:00Z', updatedAt: '2026-11-28T11:00:00Z'}}},
	{version: 4, presets: {}, draft: {request: {}}},
	{version: 4, presets: {}, draft: {request: {}, savedAt: '2026-11-28T11:00:00Z', settings: {token: 'x'}}},
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
		t.deepEqual(configSchemaProblems(document), []);
		t.true(ajvAccepts(t, document));
	});
}

for (const [index, document] of invalid.entries()) {
	test(`invalid document ${index} fails both checkers`, t => {
		t.not(configSchemaProblems(document).length, 0);
		t.false(ajvAccepts(t, document));
	});
}
