// `presets list` for a person: a table in a real terminal (stdout a pty), widths in terminal
// columns; piped, or with --output json, the JSON scripts already read, byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {spawnCli} from '../helpers/pty-session.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {openPresetStore} from '../../source/presets/store.js';
import {tempConfigDir} from '../presets/helpers.js';

function savePresets(configDir: string): void {
	const store = openPresetStore({configDir, now: () => new Date(Date.now() - 3 * 3_600_000)});
	store.savePreset({
		name: 'weekly',
		description: `Friday stream for the whole team, ${'and everyone else '.repeat(6)}end`,
		request: {name: 'show-{date}', participantTokenConfigurations: [{userId: 'host'}, {userId: 'guest'}], tags: {team: 'video', 山田: '🎥'}},
		defaults: {},
	});
	store.markPresetUsed('weekly');
	store.savePreset({name: 'call', request: {}, defaults: {}});
}

test('at a terminal (and only there): one row a preset, columns lined up in terminal columns, the description cut to the width', async t => {
	const configDir = tempConfigDir(t);
	savePresets(configDir);
	const session = spawnCli(['presets', 'list'], {columns: 100, env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir}});
	t.teardown(() => {
		session.kill();
	});
	await session.waitForText(/^weekly .*\n.*$/m);
	await session.waitForText(/^call /m);
	t.is((await session.exited).exitCode, 0);
	const rows = session.history().split('\n').filter(row => row.trim() !== '');
	t.regex(rows[0]!, /^NAME\s+PARTICIPANTS\s+TAGS\s+LAST USED\s+DESCRIPTION$/);
	const call = rows.find(row => row.startsWith('call'))!;
	const weekly = rows.find(row => row.startsWith('weekly'))!;
	t.regex(call, /^call\s+0\s+never$/);
	t.regex(weekly, /^weekly\s+2\s+team=video, 山田=🎥\s+3 h ago\s+Friday stream for the whole team, .*…$/);
	// Columns line up: each header starts where its cells start, counted in terminal columns.
	const headerAt = (name: string) => rows[0]!.indexOf(name);
	t.is(call.indexOf('0'), headerAt('PARTICIPANTS'));
	t.is(call.indexOf('never'), headerAt('LAST USED'));
	t.true(session.raw().split('\n').every(line => line.replace(/\r$/, '').length <= 100 + 2), 'no row wider than the terminal');
	t.false(session.raw().includes('"presets"'), 'no JSON at a terminal');

	// Piped, and with --output json at a terminal: the JSON as before.
	const piped = await runCli(['presets', 'list'], {env: cleanEnv({IVS_STAGE_WIZARD_CONFIG_DIR: configDir})});
	t.is(piped.code, 0);
	const data = JSON.parse(piped.stdout) as {presets: Array<{name: string; participants: number}>};
	t.deepEqual(data.presets.map(({name, participants}) => ({name, participants})), [{name: 'call', participants: 0}, {name: 'weekly', participants: 2}]);
	t.true(piped.stdout.startsWith('{\n    "presets": [\n'));

	const json = spawnCli(['presets', 'list', '--output', 'json'], {columns: 100, env: {IVS_STAGE_WIZARD_CONFIG_DIR: configDir}});
	t.teardown(() => {
		json.kill();
	});
	await json.waitForText('"presets": [');
	await json.waitForText(/^}$/m);
	t.is((await json.exited).exitCode, 0);
	t.false(json.history().includes('PARTICIPANTS'));
	t.true(fs.existsSync(path.join(configDir, 'config.json')));
});
