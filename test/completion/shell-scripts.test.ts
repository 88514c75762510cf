// The completion scripts, sourced in their real shells, calling the built CLI back for each Tab:
// bash always (its completion function with COMP_LINE, COMP_POINT, COMP_WORDS and COMP_CWORD set as
// bash sets them); zsh and fish where installed (.ci/run installs them), skipped with the reason.
import {execFile, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import test, {type ExecutionContext} from 'ava';
import {cliPath} from '../helpers/run-cli.js';
import {openPresetStore} from '../../source/presets/store.js';

const run = promisify(execFile);
const hasShell = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

type Machine = {env: NodeJS.ProcessEnv; scripts: Record<'bash' | 'zsh' | 'fish', string>; folder: string};

/** A home with AWS profiles, a config folder with presets, a file to name, and the CLI on PATH. */
async function machine(t: ExecutionContext): Promise<Machine> {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ivs-completion-'));
	t.teardown(() => {
		fs.rmSync(root, {recursive: true, force: true});
	});
	const home = path.join(root, 'home');
	fs.mkdirSync(path.join(home, '.aws'), {recursive: true});
	fs.writeFileSync(path.join(home, '.aws', 'config'), '[default]\nregion = us-west-2\n[profile work]\nregion = eu-west-1\n[sso-session corp]\n[profile bad name\u001B]\n');
	fs.writeFileSync(path.join(home, '.aws', 'credentials'), '[ci-keys]\naws_access_key_id = x\n');
	const otherConfig = path.join(root, 'other-config');
	fs.writeFileSync(otherConfig, '[profile elsewhere]\n');
	const configDir = path.join(root, 'config');
	const store = openPresetStore({configDir});
	store.savePreset({name: 'weekly', request: {}, defaults: {}});
	store.savePreset({name: 'daily', request: {}, defaults: {}});
	const folder = path.join(root, 'files');
	fs.mkdirSync(path.join(folder, 'inputs'), {recursive: true});
	fs.writeFileSync(path.join(folder, 'input.json'), '{}');
	const bin = path.join(root, 'bin');
	fs.mkdirSync(bin);
	fs.writeFileSync(path.join(bin, 'ivs-stage-wizard'), `#!/bin/sh\nexec '${process.execPath}' '${cliPath}' "$@"\n`, {mode: 0o755});
	const env = {PATH: `${bin}:${process.env.PATH}`, HOME: home, IVS_STAGE_WIZARD_CONFIG_DIR: configDir, OTHER_CONFIG: otherConfig, LANG: 'C.UTF-8'};
	const scripts = {} as Machine['scripts'];
	for (const shell of ['bash', 'zsh', 'fish'] as const) {
		const file = path.join(root, `completion.${shell}`);
		fs.writeFileSync(file, (await run('ivs-stage-wizard', ['completion', shell], {env})).stdout);
		scripts[shell] = file;
	}

	return {env, scripts, folder};
}

/** Bash's own split of the line: blanks, and each run of break characters (`=`, `:`) a word of its own. */
function bashWords(line: string): string[] {
	const words = line.split(/\s+/).filter(word => word !== '').flatMap(word => word.split(/([=:]+)/).filter(part => part !== ''));
	return /\s$/.test(line) ? [...words, ''] : words;
}

const quote = (text: string) => `'${text.replaceAll('\'', '\'\\\'\'')}'`;

/** Every case's lines for one shell run: the shell starts once, the CLI once a case (as on a Tab). */
const marker = '@@@ end of case';

function bashCase(line: string, extraEnv = ''): string {
	const words = bashWords(line);
	return [
		`COMP_LINE=${quote(line)}; COMP_POINT=${line.length}`,
		`COMP_WORDS=(${words.map(word => quote(word)).join(' ')}); COMP_CWORD=${words.length - 1}`,
		`${extraEnv} _ivs_stage_wizard`,
		'printf "%s\\n" "${COMPREPLY[@]}"',
	].join('\n');
}

function zshCase(line: string, extraEnv = ''): string {
	const words = line.split(/\s+/).filter(word => word !== '');
	if (/\s$/.test(line)) {
		words.push('');
	}

	return `words=(${words.map(word => quote(word)).join(' ')}); CURRENT=${words.length}\n${extraEnv} _ivs_stage_wizard_candidates`;
}

function fishCase(line: string, extraEnv = ''): string {
	return `begin; ${extraEnv ? `set -lx ${extraEnv.replace('=', ' ')}; ` : ''}complete -C${quote(line)}; end`;
}

const shells = {
	bash: {args: ['--norc', '--noprofile', '-c'], before: '', oneCase: bashCase},
	// The completion function must be registered for the command, as compinit calls it.
	zsh: {args: ['-f', '-c'], before: '(( ${+_comps[ivs-stage-wizard]} )) || { print -u2 "not registered"; exit 3; }', oneCase: zshCase},
	fish: {args: ['--no-config', '-c'], before: '', oneCase: fishCase},
} as const;

async function candidatesIn(shell: keyof typeof shells, {env, scripts}: Machine, all: readonly Case[]): Promise<string[][]> {
	const {args, before, oneCase} = shells[shell];
	const program = [`source ${quote(scripts[shell])}`, before, ...all.map(({line, env: extra}) => `${oneCase(line, extra)}\necho ${quote(marker)}`)].join('\n');
	const {stdout} = await run(shell, [...args, program], {env, maxBuffer: 16 * 1024 * 1024});
	// fish prints a description after a tab; the candidate is before it.
	return stdout.split(`${marker}\n`).slice(0, all.length).map(text => lines(text).map(candidate => candidate.split('\t')[0]!));
}

function lines(text: string): string[] {
	return text.split('\n').filter(line => line !== '');
}

/** What bash shows: the part after the last `=` or `:` of the word being completed. */
function afterBreak(candidate: string, line: string): string {
	const current = /\S*$/.exec(line)![0];
	const cut = Math.max(current.lastIndexOf('='), current.lastIndexOf(':')) + 1;
	return candidate.slice(cut);
}

type Case = {line: string; includes: string[]; excludes?: string[]; env?: string};

function cases(folder: string): Case[] {
	return [
		{line: 'ivs-stage-wizard pre', includes: ['presets']},
		{line: 'ivs-stage-wizard com', includes: ['completion']},
		{line: 'ivs-stage-wizard presets ', includes: ['list', 'show', 'save', 'delete', 'rename', 'export', 'import']},
		{line: 'ivs-stage-wizard presets show ', includes: ['daily', 'weekly']},
		{line: 'ivs-stage-wizard presets delete we', includes: ['weekly'], excludes: ['daily']},
		{line: 'ivs-stage-wizard presets rename weekly ', includes: [], excludes: ['weekly', 'daily']},
		{line: 'ivs-stage-wizard presets list --', includes: ['--output', '--query', '--color', '--help'], excludes: ['--name']},
		{line: 'ivs-stage-wizard --participant-token', includes: ['--participant-token-configurations']},
		{line: 'ivs-stage-wizard --name x --no-', includes: ['--no-verify-ssl', '--no-paginate', '--no-sign-request', '--no-cli-pager', '--no-cli-auto-prompt', '--no-quota-check']},
		{line: 'ivs-stage-wizard run --ke', includes: ['--keep']},
		{line: 'ivs-stage-wizard template --fo', includes: ['--format']},
		{line: 'ivs-stage-wizard template --region', includes: [], excludes: ['--region']},
		{line: 'ivs-stage-wizard emulator --', includes: ['--port', '--state', '--faults', '--no-limits']},
		{line: 'ivs-stage-wizard --output ', includes: ['json', 'yaml', 'yaml-stream', 'text', 'table', 'off']},
		{line: 'ivs-stage-wizard presets list --output ', includes: ['json', 'yaml', 'table', 'text'], excludes: ['off']},
		{line: 'ivs-stage-wizard --color ', includes: ['on', 'off', 'auto']},
		{line: 'ivs-stage-wizard template --format ', includes: ['yaml', 'json']},
		{line: 'ivs-stage-wizard --region ', includes: ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2']},
		{line: 'ivs-stage-wizard --profile ', includes: ['default', 'work', 'ci-keys'], excludes: ['corp', 'sso-session corp', 'elsewhere']},
		{line: 'ivs-stage-wizard --profile ', includes: ['elsewhere', 'ci-keys'], excludes: ['work'], env: 'AWS_CONFIG_FILE=$OTHER_CONFIG'},
		{line: 'ivs-stage-wizard --preset ', includes: ['daily', 'weekly']},
		{line: 'ivs-stage-wizard --participant-token-configurations userId=a ', includes: ['userId=', 'capabilities=', 'duration=', 'attributes=', 'file://']},
		{line: 'ivs-stage-wizard --participant-token-configurations userId=a,ca', includes: ['userId=a,capabilities=']},
		{line: 'ivs-stage-wizard --participant-token-configurations userId=a,capabilities=', includes: ['userId=a,capabilities=PUBLISH', 'userId=a,capabilities=SUBSCRIBE']},
		{line: 'ivs-stage-wizard --participant-token-configurations userId=a,capabilities=PUBLISH,', includes: ['userId=a,capabilities=PUBLISH,SUBSCRIBE', 'userId=a,capabilities=PUBLISH,duration='], excludes: ['userId=a,capabilities=PUBLISH,userId=']},
		{line: `ivs-stage-wizard --cli-input-json file://${folder}/in`, includes: [`file://${folder}/input.json`, `file://${folder}/inputs/`]},
		{line: 'ivs-stage-wizard completion ', includes: ['bash', 'zsh', 'fish']},
	];
}

for (const shell of ['bash', 'zsh', 'fish'] as const) {
	test(`${shell}: the script completes commands, options and their values`, async t => {
		if (!hasShell(shell)) {
			t.log(`${shell} is not installed here (apt-get install -y ${shell}); skipped`);
			t.pass();
			return;
		}

		// One CLI start a case: slow on a machine busy with other work, never waiting on a clock.
		t.timeout(300_000);
		const setUp = await machine(t);
		const all = cases(setUp.folder);
		const offeredAll = await candidatesIn(shell, setUp, all);
		for (const [index, {line, includes, excludes = []}] of all.entries()) {
			const offered = offeredAll[index] ?? [];
			const shown = (word: string) => (shell === 'bash' ? afterBreak(word, line) : word);
			for (const word of includes) {
				t.true(offered.includes(shown(word)), `${line} → ${word} (offered: ${offered.join(' ')})`);
			}

			for (const word of excludes) {
				t.false(offered.includes(shown(word)), `${line} ↛ ${word}`);
			}
		}
	});
}
