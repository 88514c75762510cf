// Stage ARNs on a Tab: the "arn" kind of value offers the stages this tool created lately, newest
// first, after an option or as an operand that takes a stage's ARN. No command takes one yet
// (`--arn`, `--stage-arn`, `watch ARN` and `get-stage --arn` are to come), so the candidates are
// tested here with a spec of such commands; the generated spec and the bash script (sourced in
// bash) are checked not to offer stage ARNs where the ARN is a storage configuration's.
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import test, {type ExecutionContext} from 'ava';
import {completionCandidates, type CompletionSources} from '../../source/completion/candidates.js';
import {recentStageArns} from '../../source/completion/machine-names.js';
import {completionSpec} from '../../source/completion/spec.generated.js';
import type {CompletionSpec} from '../../source/completion/spec-types.js';
import {recentStagesPath} from '../../source/recent-stages/recent-stages-file.js';
import {updateRecentStages} from '../../source/recent-stages/record-stages.js';
import {cliPath} from '../helpers/run-cli.js';

const run = promisify(execFile);
const arn = (id: string) => `arn:aws:ivs:us-west-2:123456789012:stage/${id}`;

async function configWithStages(t: ExecutionContext): Promise<string> {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ivs-completion-arns-'));
	t.teardown(() => {
		fs.rmSync(root, {recursive: true, force: true});
	});
	const configDir = path.join(root, 'config');
	await updateRecentStages(recentStagesPath(configDir), {created: [{arn: arn('older1'), name: 'a'}, {arn: arn('newer2'), name: 'b'}]});
	return configDir;
}

/** Commands as the ones to come will be: an option taking a stage ARN, and an operand that is one. */
const specWithArns: CompletionSpec = {
	defaultCommand: completionSpec.defaultCommand,
	commands: {
		...completionSpec.commands,
		'get-stage': {options: {'--arn': {kind: 'arn'}, '--output': {kind: 'choices', choices: ['json']}}},
		watch: {options: {'--every': {kind: 'text'}}, operands: 'arn'},
	},
};

test('the record\'s ARNs, newest first, are read for a Tab from the config folder', async t => {
	const configDir = await configWithStages(t);
	t.deepEqual(recentStageArns({IVS_STAGE_WIZARD_CONFIG_DIR: configDir}), [arn('newer2'), arn('older1')]);
	t.deepEqual(recentStageArns({IVS_STAGE_WIZARD_CONFIG_DIR: path.join(configDir, 'none')}), []);
});

test('an option or operand of the arn kind offers them, cut to what is typed; nothing else does', async t => {
	const configDir = await configWithStages(t);
	const sources: CompletionSources = {
		regions: () => [],
		profiles: () => [],
		presets: () => ['weekly'],
		stageArns: () => recentStageArns({IVS_STAGE_WIZARD_CONFIG_DIR: configDir}),
		files: () => [],
	};
	const offered = (line: string) => {
		const words = line.split(' ');
		return completionCandidates(specWithArns, words.slice(0, -1), words.at(-1)!, sources);
	};

	t.deepEqual(offered('get-stage --arn '), [arn('newer2'), arn('older1')]);
	t.deepEqual(offered('get-stage --arn arn:aws:ivs:us-west-2:123456789012:stage/o'), [arn('older1')]);
	t.deepEqual(offered('watch '), [arn('newer2'), arn('older1')]);
	t.deepEqual(offered('watch --every 5 arn:aws:ivs:us-west-2:123456789012:stage/n'), [arn('newer2')]);
	t.deepEqual(offered(`watch ${arn('newer2')} `), [], 'one stage: the second word is not another');
	t.deepEqual(offered('get-stage --output '), ['json']);
	// A storage configuration's ARN is not a stage's.
	t.deepEqual(offered('--auto-participant-recording-configuration '), ['file://']);
	t.deepEqual(offered('--auto-participant-recording-configuration storageConfigurationArn='), []);
	t.false(offered('--name ').some(word => word.includes(':stage/')));
});

test('bash: with a record of stages, none is offered where a storage configuration\'s ARN goes', async t => {
	t.timeout(120_000);
	const configDir = await configWithStages(t);
	const bin = path.join(path.dirname(configDir), 'bin');
	fs.mkdirSync(bin);
	fs.writeFileSync(path.join(bin, 'ivs-stage-wizard'), `#!/bin/sh\nexec '${process.execPath}' '${cliPath}' "$@"\n`, {mode: 0o755});
	const env = {PATH: `${bin}:${process.env.PATH}`, HOME: path.dirname(configDir), IVS_STAGE_WIZARD_CONFIG_DIR: configDir, LANG: 'C.UTF-8'};
	const script = (await run('ivs-stage-wizard', ['completion', 'bash'], {env})).stdout;
	// As bash splits `… storageConfigurationArn=`: the `=` a word of its own, the cursor after it.
	const cases = [
		['ivs-stage-wizard --auto-participant-recording-configuration ', ['ivs-stage-wizard', '--auto-participant-recording-configuration', '']],
		['ivs-stage-wizard --auto-participant-recording-configuration storageConfigurationArn=', ['ivs-stage-wizard', '--auto-participant-recording-configuration', 'storageConfigurationArn', '=']],
	] as const;
	const quote = (text: string) => `'${text.replaceAll('\'', '\'\\\'\'')}'`;
	const program = [script, ...cases.map(([line, words]) => [
		`COMP_LINE=${quote(line)}; COMP_POINT=${line.length}`,
		`COMP_WORDS=(${words.map(word => quote(word)).join(' ')}); COMP_CWORD=${words.length - 1}`,
		'COMPREPLY=(); _ivs_stage_wizard; printf "%s\\n" "${COMPREPLY[@]}"; echo @@@',
	].join('\n'))].join('\n');
	const {stdout} = await run('bash', ['--norc', '--noprofile', '-c', program], {env});
	const [afterOption, afterKey] = stdout.split('@@@\n');
	t.true(afterOption!.includes('file://'), afterOption);
	t.false(/stage\//.test(afterOption!), afterOption);
	t.false(/stage\//.test(afterKey!), afterKey);
});
