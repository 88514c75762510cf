// The drop-ins' stage ARNs on a Tab, end to end: the real bash script sourced in bash, a stage
// created by the bin against the emulator (which puts it in the record of recent stages, in this
// test's own config folder), then `get-stage --arn <Tab>` and `list-participants --stage-arn <Tab>`.
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import test from 'ava';
import {startTestEmulator} from '../emulator/helpers.js';
import {cleanEnv, cliPath, runCli} from '../helpers/run-cli.js';

const run = promisify(execFile);

test('bash: get-stage --arn, --stage-arn and watch offer the stage just created; --next-token does not', async t => {
	t.timeout(180_000);
	const emulator = await startTestEmulator(t);
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ivs-completion-drop-ins-'));
	t.teardown(() => {
		fs.rmSync(root, {recursive: true, force: true});
	});
	const configDir = path.join(root, 'config');
	const created = await runCli(['--name', 'tab-me', '--endpoint-url', emulator.url, '--query', 'stage.arn', '--output', 'text'], {
		env: cleanEnv({
			IVS_STAGE_WIZARD_CONFIG_DIR: configDir,
			AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
			AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
			AWS_DEFAULT_REGION: emulator.region,
		}),
	});
	t.is(created.code, 0, created.stderr);
	const arn = created.stdout.trim();
	t.regex(arn, /:stage\//);

	const bin = path.join(root, 'bin');
	fs.mkdirSync(bin);
	fs.writeFileSync(path.join(bin, 'ivs-stage-wizard'), `#!/bin/sh\nexec '${process.execPath}' '${cliPath}' "$@"\n`, {mode: 0o755});
	const env = {PATH: `${bin}:${process.env.PATH}`, HOME: root, IVS_STAGE_WIZARD_CONFIG_DIR: configDir, LANG: 'C.UTF-8'};
	const script = (await run('ivs-stage-wizard', ['completion', 'bash'], {env})).stdout;
	// bash splits the line at `:` too (COMP_WORDBREAKS), so only the empty word after the option is asked.
	const lines = [
		'ivs-stage-wizard get-stage --arn ',
		'ivs-stage-wizard list-participants --session-id st-x --stage-arn ',
		'ivs-stage-wizard delete-stage --output json --arn ',
		'ivs-stage-wizard list-stages --next-token ',
		'ivs-stage-wizard watch ',
		'ivs-stage-wizard stages --reg',
	];
	const quote = (text: string) => `'${text.replaceAll('\'', '\'\\\'\'')}'`;
	const program = [script, ...lines.map(line => {
		const words = line.split(' ');
		return [
			`COMP_LINE=${quote(line)}; COMP_POINT=${line.length}`,
			`COMP_WORDS=(${words.map(word => quote(word)).join(' ')}); COMP_CWORD=${words.length - 1}`,
			'COMPREPLY=(); _ivs_stage_wizard; printf "%s\\n" "${COMPREPLY[@]}"; echo @@@',
		].join('\n');
	})].join('\n');
	const {stdout} = await run('bash', ['--norc', '--noprofile', '-c', program], {env});
	const [getStage, stageArn, deleteStage, nextToken, watch, stagesOption] = stdout.split('@@@\n');
	t.true(getStage!.split('\n').includes(arn), getStage);
	t.true(stageArn!.split('\n').includes(arn), stageArn);
	t.true(deleteStage!.split('\n').includes(arn), deleteStage);
	// watch names its stage as an operand; stages and watch take create-stage's connection options.
	t.true(watch!.split('\n').includes(arn), watch);
	t.deepEqual(stagesOption!.split('\n').filter(Boolean), ['--region']);
	t.false(nextToken!.includes(':stage/'), nextToken);
});
