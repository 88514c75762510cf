// A batch in the wizard as a new user meets it under --sandbox: a count typed over the default
// replaces it, the progress line never claims a rate above the pace it promises, and j on the
// stage list prints {"results": [...]} as the non-interactive batch does.
import test from 'ava';
import {spawnCli, type PtySession} from '../helpers/pty-session.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

const keys = {enter: '\r', tab: '\t', down: '\u001B[B'};

async function type(session: PtySession, data: string, expect: string | RegExp): Promise<string> {
	session.write(data);
	return session.waitForText(expect);
}

test('a count typed over the default, an honest rate, and j prints the results as json', async t => {
	const session = spawnCli(['--sandbox', '--name', 'room-{n}', '--no-cli-pager'], {columns: 100, rows: 30, env: {IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-batch-corners-')}});
	t.teardown(() => {
		session.kill();
	});
	await session.waitForText('What would you like to do?');
	await type(session, keys.enter, /› Stage name\s+room-\{n\}/);
	await type(session, keys.down, /› How many stages\s+1 \(one stage\)/);
	await type(session, '8', /› How many stages\s+8 stages/);
	t.notRegex(session.screen(), /18 stages/);
	await type(session, keys.enter, 'Tags — Optional tags');
	await type(session, keys.tab, 'Participants — Tokens');
	await type(session, keys.tab, 'Recording — Optional');
	await type(session, keys.enter, 'Enter creates the 8 stages.');
	session.write(keys.enter);
	await session.waitForText('8 stages created');

	// Every rate the progress line drew, frame by frame: none above the 5 a second it promises.
	const rates = [...session.raw().matchAll(/\] \d+\/8 {2}(\d+\.\d)\/s/g)].map(match => Number(match[1]));
	t.true(session.raw().includes('at most 5 a second'));
	for (const rate of rates) {
		t.true(rate <= 5, `a rate of ${rate}/s was shown`);
	}

	session.write('j');
	t.is((await session.exited).exitCode, 0);
	// The exit can come before the terminal has read the last of the output: wait for its end.
	await session.waitForText(/^}$/m);
	const history = session.history();
	const json = history.slice(history.indexOf('{\n    "results"'), history.lastIndexOf('}') + 1);
	const printed = JSON.parse(json) as {results: Array<{stage: {name: string; arn: string}}>};
	t.deepEqual(printed.results.map(result => result.stage.name), [1, 2, 3, 4, 5, 6, 7, 8].map(n => `room-${n}`));
	for (const result of printed.results) {
		t.regex(result.stage.arn, /^arn:aws:ivs:us-west-2:\d{12}:stage\/\w+$/);
	}
});
