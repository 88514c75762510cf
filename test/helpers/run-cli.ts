// Runs the built bin as a user's shell would, without a terminal: real process, real stdio.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {collectOutput} from './collect-output.js';

export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type CliResult = {code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string};

/** The proxy variables the tool honours, in either case: a developer's own proxy must not carry a test's loopback requests. */
const proxyVariable = /^(?:https?|no)_proxy$/i;

let isolatedConfigDir: string | undefined;

/**
 * A config folder of this test process's own, made on first use and removed at exit: a CLI a test
 * starts must not write presets, drafts or its record of recent stages into the developer's.
 */
function testConfigDir(): string {
	if (!isolatedConfigDir) {
		const made = mkdtempSync(path.join(tmpdir(), 'ivs-stage-wizard-test-config-'));
		isolatedConfigDir = made;
		process.once('exit', () => {
			rmSync(made, {recursive: true, force: true});
		});
	}

	return isolatedConfigDir;
}

const configPlaces = ['HOME', 'XDG_CONFIG_HOME', 'IVS_STAGE_WIZARD_CONFIG_DIR'];

/**
 * A clean environment: no real AWS or proxy settings from the developer's machine leak into a
 * test, and no config is written into theirs (unless the test names where its config goes).
 */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!key.startsWith('AWS_') && key !== 'NO_COLOR' && key !== 'FORCE_COLOR' && !proxyVariable.test(key)) {
			env[key] = value;
		}
	}

	return {
		...env,
		AWS_CONFIG_FILE: '/nonexistent/aws-config',
		AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
		AWS_EC2_METADATA_DISABLED: 'true',
		...(configPlaces.some(name => name in extra) ? {} : {IVS_STAGE_WIZARD_CONFIG_DIR: testConfigDir()}),
		...extra,
	};
}

export async function runCli(
	args: string[],
	options: {env?: NodeJS.ProcessEnv; input?: string; cwd?: string | undefined} = {},
): Promise<CliResult> {
	const child = spawn(process.execPath, [cliPath, ...args], {
		env: options.env ?? cleanEnv(),
		cwd: options.cwd,
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	const output = collectOutput(child);
	child.stdin.end(options.input ?? '');
	const {code, signal} = await output.ended;
	return {code, signal, stdout: output.stdout(), stderr: output.stderr()};
}
