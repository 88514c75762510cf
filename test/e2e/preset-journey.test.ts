// Presets end to end in a real pseudo-terminal: a setup saved as a preset from the wizard's review
// screen is, on the next start with --preset (which opens on the review), the very same
// CreateStage request at the endpoint.
import test from 'ava';
import {startEmulator} from '../../source/emulator/start-emulator.js';
import {spawnCli, type PtySession} from '../helpers/pty-session.js';
import {startRecordingProxy} from '../line/helpers/recording-proxy.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

const keys = {enter: '\r', tab: '\t'};

async function type(session: PtySession, data: string, expect: string | RegExp): Promise<void> {
	session.write(data);
	await session.waitForText(expect);
}

test('a preset saved in the wizard creates the same request on the next start with --preset', async t => {
	const emulator = await startEmulator({port: 0});
	t.teardown(async () => emulator.close());
	const proxy = await startRecordingProxy(emulator.url);
	t.teardown(async () => proxy.close());
	const env = {AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-preset-e2e-')};
	const endpoint = ['--endpoint-url', proxy.url, '--region', 'us-west-2'];
	const createBodies = () => proxy.requests.filter(request => request.path === '/CreateStage').map(request => request.body);

	const first = spawnCli(endpoint, {env});
	try {
		await first.waitForText('What would you like to do?');
		await type(first, keys.enter, 'Stage name — Name the stage');
		await type(first, 'weekly-show', '11/128');
		await type(first, keys.enter, 'Tags — Optional tags');
		await type(first, 'a', 'New tag');
		await type(first, 'team', '4/128');
		await type(first, keys.tab, /› Value/);
		await type(first, 'video', '5/256');
		await type(first, keys.enter, '› team = video');
		await type(first, keys.tab, 'Participants — Tokens');
		await type(first, keys.enter, 'New participant (1 of at most 12)');
		await type(first, 'host', '4/128');
		await type(first, keys.enter, /› Can/);
		await type(first, keys.enter, /› Token lifetime/);
		await type(first, keys.enter, /› Attributes/);
		await type(first, keys.enter, /› \[ Save participant \]/);
		await type(first, keys.enter, '1/12 participants');
		await type(first, keys.tab, 'Recording — Optional');
		await type(first, keys.enter, '✓ No problems: Enter creates the stage.');
		await type(first, 's', 'Tokens are never saved.');
		await type(first, 'weekly', 'Name: weekly');
		await type(first, keys.enter, 'Saved preset "weekly"');
		await type(first, keys.enter, /host\s+\S+\s+pub\+sub/);
		first.write('q');
		t.is((await first.exited).exitCode, 0);
	} finally {
		first.kill();
	}

	const second = spawnCli([...endpoint, '--preset', 'weekly'], {env});
	try {
		// Everything is filled in: it opens on the review, as picking the preset from the start list does.
		const review = await second.waitForText('✓ No problems: Enter creates the stage.');
		t.regex(review, /Name\s+weekly-show/);
		t.notRegex(second.history(), /What would you like to do\?|Stage name — Name the stage/);
		await type(second, keys.enter, /host\s+\S+\s+pub\+sub/);
		second.write('q');
		t.is((await second.exited).exitCode, 0);
	} finally {
		second.kill();
	}

	const [fromWizard, fromPreset] = createBodies();
	t.truthy(fromWizard);
	t.is(fromPreset, fromWizard, 'the preset sent the very request the wizard built');
	t.deepEqual(JSON.parse(fromWizard!), {name: 'weekly-show', participantTokenConfigurations: [{userId: 'host'}], tags: {team: 'video'}});
});
