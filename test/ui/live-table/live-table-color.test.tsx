// Colour as a terminal gets it: the countdown's warning and expired colours with colour on; none
// with NO_COLOR or color={false}. Chalk fixes its colour level when first loaded, so each case
// renders in a child process with its own environment (helpers/color-frame.tsx).
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import test from 'ava';

const execFileAsync = promisify(execFile);
const script = new URL('helpers/color-frame.tsx', import.meta.url).pathname;
const sgrColour = /\u001B\[(3\d|9\d)m/;
const dim = '\u001B[2m';

async function frame(env: Record<string, string>, ...arguments_: string[]): Promise<string> {
	const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NO_COLOR' && name !== 'FORCE_COLOR'));
	const {stdout} = await execFileAsync(process.execPath, ['--import=tsx', script, ...arguments_], {env: {...base, ...env}});
	return JSON.parse(stdout) as string;
}

function row(text: string, userId: string): string {
	// The selected row's user ID is bold, so look for it with the styles stripped.
	return text.split('\n').find(line => line.replaceAll(/\u001B\[\d+m/g, '').includes(` ${userId}`)) ?? '';
}

test('colour on: under 10 minutes yellow, expired red, the rest plain', async t => {
	const text = await frame({FORCE_COLOR: '1'});
	t.true(row(text, 'soon').includes('\u001B[33m00:09:00'), JSON.stringify(row(text, 'soon')));
	t.true(row(text, 'gone').includes('\u001B[31mexpired'), JSON.stringify(row(text, 'gone')));
	// An hour left exactly: no seconds yet (they show in the last hour).
	t.true(row(text, 'fine').includes('01:00 '), JSON.stringify(row(text, 'fine')));
	t.false(row(text, 'fine').includes('\u001B[33m01:00'));
	t.true(text.includes('\u001B[31mPolling failed'));
});

test('NO_COLOR: no colour and no dim, even when FORCE_COLOR says the terminal could', async t => {
	const text = await frame({FORCE_COLOR: '1', NO_COLOR: '1'});
	t.true(row(text, 'soon').includes('00:09:00'));
	t.false(sgrColour.test(text), JSON.stringify(text));
	t.false(text.includes(dim));
});

test('color={false} (--color off): no colour and no dim', async t => {
	const text = await frame({FORCE_COLOR: '1'}, 'off');
	t.true(row(text, 'gone').includes('expired'));
	t.false(sgrColour.test(text), JSON.stringify(text));
	t.false(text.includes(dim));
});
