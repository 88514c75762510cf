// A preset description over the schema's 1024 characters is a usage error before anything is
// written (one line naming the rule, 252), from `presets save --description` and from an import;
// 1024 characters (counted as code points, astral ones as one) are kept.
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

test('presets save --description: 1025 characters is refused (252, one line), 1024 are kept', async t => {
	const env = cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-description-')});
	const tooLong = await runCli(['presets', 'save', 'long', '--name', 'show', '--description', 'd'.repeat(1025)], {env});
	t.is(tooLong.code, 252);
	t.is(tooLong.stderr, 'preset "long": description: must have at most 1024 characters (it has 1025)\n');

	// Emoji are one character each, as the schema counts them.
	const description = `${'d'.repeat(1022)}🎥🎥`;
	const fits = await runCli(['presets', 'save', 'fits', '--name', 'show', '--description', description], {env});
	t.is(fits.code, 0, fits.stderr);
	const shown = await runCli(['presets', 'show', 'fits', '--output', 'json'], {env});
	t.is((JSON.parse(shown.stdout) as {description: string}).description, description);
});

test('presets import: a description over 1024 characters is named, and nothing is imported (252)', async t => {
	const dir = temporaryDir(t, 'ivs-description-');
	const env = cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: dir});
	const file = path.join(dir, 'export.json');
	writeFileSync(file, JSON.stringify({format: 'ivs-stage-wizard/presets', version: 1, presets: [{name: 'long', description: 'd'.repeat(2000), request: {name: 'show'}}]}));
	const imported = await runCli(['presets', 'import', file], {env});
	t.is(imported.code, 252);
	t.regex(imported.stderr, /^[^\n]*preset "long": description: must have at most 1024 characters \(it has 2000\)\n$/);
	const listed = await runCli(['presets', 'list', '--output', 'json'], {env});
	t.false(listed.stdout.includes('"long"'), listed.stdout);
});
