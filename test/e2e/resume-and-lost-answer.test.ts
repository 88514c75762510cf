// In a real pseudo-terminal, through the built binary, as a user meets them: a draft going
// elsewhere than `--endpoint-url … --region …` is asked about and the stage goes where the command
// line says; and a CreateStage whose answer is lost ends in the live table of the one stage the
// service made, adopted, with its tokens. Emulators, and a proxy that drops the answer.
import test from 'ava';
import {startEmulator, type RunningEmulator} from '../../source/emulator/start-emulator.js';
import {openPresetStore} from '../../source/presets/store.js';
import {startAnswerLosingProxy, seen} from '../helpers/answer-losing-proxy.js';
import {spawnCli} from '../helpers/pty-session.js';
import {loose} from '../helpers/wait-for.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

const enter = '\r';

async function stageNames(emulator: RunningEmulator): Promise<string[]> {
	const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as {stages: Array<{name: string}>};
	return state.stages.map(stage => stage.name);
}

test('--endpoint-url and --region win over a resumed draft’s place: said, asked, and CreateStage goes there', async t => {
	const commandLine = await startEmulator({region: 'us-west-2'});
	const draft = await startEmulator({region: 'eu-west-1'});
	t.teardown(async () => {
		await commandLine.close();
		await draft.close();
	});
	const configDir = temporaryDir(t, 'ivs-resume-e2e-');
	openPresetStore({configDir}).saveDraft({request: {name: 'resumed'}, step: 'review', settings: {region: 'eu-west-1', endpointUrl: draft.url}});
	const session = spawnCli(['--endpoint-url', commandLine.url, '--region', 'us-west-2'], {
		columns: 100,
		env: {AWS_ACCESS_KEY_ID: commandLine.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: commandLine.credentials.secretAccessKey, IVS_STAGE_WIZARD_CONFIG_DIR: configDir},
	});
	try {
		// The line wraps on the terminal: matched across its breaks.
		await session.waitForText(loose(`! Your draft was going to profile default · eu-west-1 · endpoint ${draft.url}; the command line says profile default · us-west-2 · endpoint ${commandLine.url}. Resuming asks which.`));
		session.write('r');
		const question = await session.waitForText('Resume your draft: where should the stage go?');
		t.regex(question, /› Where the command line says: profile default · us-west-2 · endpoint/);
		session.write(enter);
		await session.waitForText('✓ No problems: Enter creates the stage.');
		session.write(enter);
		await session.waitForText('No participant tokens yet');
		session.write('q');
		t.is((await session.exited).exitCode, 0);
	} finally {
		session.kill();
	}

	t.deepEqual(await stageNames(commandLine), ['resumed']);
	t.deepEqual(await stageNames(draft), []);
});

test('a lost answer in the wizard: the live table of the one stage made, adopted with its tokens, and the end says so', async t => {
	const emulator = await startEmulator();
	const proxy = await startAnswerLosingProxy(emulator.url);
	t.teardown(async () => {
		await proxy.close();
		await emulator.close();
	});
	proxy.plans.push('lose-answer');
	const configDir = temporaryDir(t, 'ivs-lost-e2e-');
	const session = spawnCli(['--endpoint-url', proxy.url, '--region', emulator.region, '--name', 'lost-pty', '--participant-token-configurations', 'userId=host,capabilities=PUBLISH'], {
		env: {AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey, IVS_STAGE_WIZARD_CONFIG_DIR: configDir},
	});
	try {
		await session.waitForText('What would you like to do?');
		for (const screen of ['Stage name — Name the stage', 'Tags — Optional tags', 'Participants — Tokens', 'Recording — Optional', '✓ No problems: Enter creates the stage.']) {
			session.write(enter);
			await session.waitForText(screen);
		}

		session.write(enter);
		const table = await session.waitForText(/adopted[\s\S]*host\s+\S+\s+pub\s+[\d:]+\s+waiting|host\s+\S+\s+pub\s+[\d:]+\s+waiting[\s\S]*adopted/);
		t.regex(table, /The answer to CreateStage was lost, but the service had created the stage/);
		session.write('q');
		t.is((await session.exited).exitCode, 0);
		// After the screen is gone, the line stays under the ARN (stderr, after stdout).
		await session.waitForText(/Stage created: arn:aws:ivs:us-west-2:\d+:stage\/\w+\nThe answer to CreateStage was lost/);
	} finally {
		session.kill();
	}

	t.deepEqual(await stageNames(emulator), ['lost-pty']);
	t.is(seen(proxy, 'CreateStage').length, 1);
});
