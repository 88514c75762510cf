// Ctrl+Z in the wizard suspends it as any terminal program is suspended, under a real shell with
// job control in a real pseudo-terminal (a shell must be there: the kernel drops SIGTSTP for a
// process group no shell can continue). The process stops (state T in /proc), the shell has the
// terminal back (raw mode off, cursor shown); `fg` continues it, the frame is drawn again and keys
// work.
import {readFileSync} from 'node:fs';
import test from 'ava';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {builtCli} from '../helpers/pty-session.js';
import {cleanEnv} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

function processState(pid: number): string | undefined {
	try {
		// "pid (comm) S ...": the state follows the last parenthesis.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
	} catch {
		return undefined;
	}
}

function childrenOf(pid: number): number[] {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
}

test('Ctrl+Z stops the wizard and hands the terminal back; fg brings the frame back and keys work', async t => {
	const env = cleanEnv({CI: 'false', TERM: 'xterm-256color', PS1: '$ ', IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-ctrl-z-')}) as Record<string, string>;
	const terminal = new xterm.Terminal({cols: 80, rows: 24, allowProposedApi: true});
	const shell = pty.spawn('bash', ['--norc', '--noprofile', '-i'], {name: 'xterm-256color', cols: 80, rows: 24, env});
	t.teardown(() => {
		shell.kill('SIGKILL');
	});
	let raw = '';
	let pending = 0;
	shell.onData(data => {
		raw += data;
		pending++;
		terminal.write(data, () => {
			pending--;
		});
	});
	const screen = () => {
		const buffer = terminal.buffer.active;
		return Array.from({length: terminal.rows}, (_, row) => buffer.getLine(buffer.baseY + row)?.translateToString(true) ?? '').join('\n');
	};

	const waitForText = async (text: string | RegExp) =>
		waitFor(() => pending === 0 && (typeof text === 'string' ? screen().includes(text) : text.test(screen())), () => `${String(text)} on the screen:\n${screen()}`, {timeout: 15_000, interval: 20});

	await waitForText('$ ');
	shell.write(`${JSON.stringify(process.execPath)} ${JSON.stringify(builtCli)} --sandbox\r`);
	await waitForText('What would you like to do?');
	const wizard = await waitFor(() => childrenOf(shell.pid)[0], () => 'the wizard\'s process');

	const beforeSuspend = raw.length;
	shell.write('\u001A');
	await waitFor(() => processState(wizard) === 'T', () => `process ${wizard} stopped (state ${processState(wizard)})`, {timeout: 15_000, interval: 20});
	await waitForText(/Stopped/);
	// The frame was erased and the cursor shown before the stop.
	t.false(screen().includes('What would you like to do?'), screen());
	t.true(raw.slice(beforeSuspend).includes('\u001B[?25h'), 'cursor shown');

	shell.write('fg\r');
	await waitForText('What would you like to do?');
	t.not(processState(wizard), 'T');
	shell.write('\r');
	await waitForText('Stage name — Name the stage');
	shell.write('back');
	await waitForText('4/128');
	shell.write('\u0003');
	await waitFor(() => !childrenOf(shell.pid).includes(wizard), () => 'the wizard to exit');
	shell.write('echo "exit=$?"\r');
	await waitForText('exit=130');
});
