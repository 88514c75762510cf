// AWS CLI v2 pages output on a terminal through AWS_PAGER, the profile's cli_pager, or PAGER,
// defaulting to `less` with LESS=FRX (quit if one screen, keep colours, no init). An empty
// value, --no-cli-pager or a non-terminal stdout print directly.
import type {CliIo} from './io.js';
import {writeAll} from './io.js';

export function pagerCommand(env: NodeJS.ProcessEnv, profilePager: string | undefined): string | undefined {
	const command = env.AWS_PAGER ?? profilePager ?? env.PAGER ?? 'less';
	return command.trim() === '' ? undefined : command;
}

export async function writeThroughPager(text: string, command: string | undefined, io: CliIo): Promise<void> {
	if (!command || !io.stdout.isTTY || text === '') {
		await writeAll(io.stdout, text);
		return;
	}

	// Loaded here: only a terminal pages, and node:child_process costs every script run a few ms.
	const {spawn} = await import('node:child_process');
	const child = spawn(command, {
		shell: true,
		stdio: ['pipe', 'inherit', 'inherit'],
		env: {...io.env, LESS: io.env.LESS ?? 'FRX'},
	});
	const closed = new Promise<number | null>(resolve => {
		child.on('close', resolve);
		child.on('error', () => resolve(null));
	});
	child.stdin.on('error', () => undefined);
	child.stdin.end(text);
	if ((await closed) === null) {
		// The pager could not start: the output must still reach the user.
		await writeAll(io.stdout, text);
	}
}
