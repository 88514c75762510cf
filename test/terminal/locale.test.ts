// A terminal whose locale is not UTF-8 (LANG=C, or LC_ALL / LC_CTYPE naming another character set)
// gets ASCII glyphs in both front ends, in a real pseudo-terminal: not one byte outside ASCII
// reaches it, and the layout holds (each stand-in takes its glyph's columns).
import test from 'ava';
import {spawnCli} from '../helpers/pty-session.js';
import {keys, spawnLine} from '../line/helpers/line-pty.js';
import {temporaryDir} from '../line/helpers/temporary-dir.js';

const notAscii = /[^\u0000-\u007F]/;
const cLocale = {LANG: 'C', LC_ALL: '', LC_CTYPE: ''};

test('the wizard under LANG=C draws ASCII: > between the steps, - in the heading', async t => {
	const env = {...cLocale, IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-locale-')};
	const session = spawnCli(['--sandbox'], {env});
	t.teardown(() => {
		session.kill();
	});
	await session.waitForText('What would you like to do?');
	session.write(keys.enter);
	const screen = await session.waitForText('Stage name - Name the stage');
	t.regex(screen, /Start > Name > Tags/);
	session.write('show');
	await session.waitForText('4/128');
	session.write(keys.ctrlC);
	t.is((await session.exited).exitCode, 130);
	t.notRegex(session.raw(), notAscii);
});

test('LC_ALL wins over LANG, as in the C library: LC_ALL=en_US.ISO-8859-1 is ASCII, LC_ALL=C.UTF-8 is not', async t => {
	for (const [env, unicode] of [
		[{LANG: 'en_US.UTF-8', LC_ALL: 'en_US.ISO-8859-1', LC_CTYPE: undefined}, false],
		[{LANG: 'C', LC_ALL: 'C.UTF-8', LC_CTYPE: undefined}, true],
	] as const) {
		const session = spawnCli(['--sandbox'], {env: {...env, IVS_STAGE_WIZARD_CONFIG_DIR: temporaryDir(t, 'ivs-locale-')}});
		t.teardown(() => {
			session.kill();
		});
		await session.waitForText('What would you like to do?');
		session.write(keys.ctrlC);
		await session.exited;
		t.is(notAscii.test(session.raw()), unicode, JSON.stringify(env));
	}
});

test('line mode under LANG=C asks and answers in ASCII', async t => {
	const configDir = temporaryDir(t, 'ivs-locale-');
	const session = spawnLine(['--plain', '--sandbox'], {env: {...cLocale, IVS_STAGE_WIZARD_CONFIG_DIR: configDir}, cwd: configDir});
	t.teardown(() => {
		session.kill();
	});
	await session.waitForText(/^\? Stage name/m);
	session.write(`show${keys.enter}`);
	// inquirer's ✔ for an answered question is drawn as +.
	await session.waitForText(/^\+ Stage name show$/m);
	await session.waitForText(/^\? How many stages/m);
	session.write(keys.ctrlC);
	t.is((await session.exited).exitCode, 130);
	t.notRegex(session.raw(), notAscii);
});
