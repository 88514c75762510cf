// Runs the built bin as a user's shell would, without a terminal: real process, real stdio.
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {collectOutput} from './collect-output.js';

export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type CliResult = {code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string};

/** The proxy variables the tool honours, in either case: a developer's own proxy must not carry a test's loopback requests. */
const proxyVariable = /^(?:https?|no)_proxy$/i;

/** A clean environment: no real AWS or proxy settings from the developer's machine leak into a test. */
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
		...extra,
	};
}

export async function runCli(
	args: string[],
	options: {env?: NodeJS.ProcessEnv; input?: string; cwd?: string} = {},
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
