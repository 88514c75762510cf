// A 10,000-character paste into a wizard text field, in a real pseudo-terminal: the frame stays
// within the terminal's rows (its first line still on the screen, the footer still drawn), the
// field is one row showing the end of the pasted text, and ink-text-input still edits it.
import test from 'ava';
import {spawnCli} from '../helpers/pty-session.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

test('a 10,000-character paste keeps the field on one row and the frame on the screen', async t => {
	const session = spawnCli(['--sandbox'], {env: {IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-paste-')}, columns: 80, rows: 24});
	t.teardown(() => {
		session.kill();
	});
	await session.waitForText('What would you like to do?');
	session.write('\r');
	await session.waitForText('Stage name — Name the stage');

	const pasted = `${'a'.repeat(9996)}tail`;
	session.write(`\u001B[200~${pasted}\u001B[201~`);
	await session.waitForText('10000/128');
	// The field's one row is the last of the wrapped text: the pasted text's end, where the cursor is.
	const after = await session.waitForText(/› Stage name +a*tail /);
	// Nothing scrolled off: the frame's first line is still the screen's first, the footer is drawn.
	t.regex(after.split('\n')[0]!, /^IVS stage wizard/, after);
	t.regex(after, /Enter\/Tab next/);
	t.notRegex(after, /a{40}/, 'no wrapped row of the paste on the screen');

	// Still the editor: Backspace deletes from the end.
	session.write('\u007F');
	await session.waitForText('9999/128');
	await session.waitForText(/› Stage name +a*tai /);
	session.write('\u0003');
	t.is((await session.exited).exitCode, 130);
});
