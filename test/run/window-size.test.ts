// The command runs in a session of its own, so the terminal's SIGWINCH reaches run alone; run
// passes it on, so a full-screen command redraws at the new size. It is no request to stop: no
// grace timer starts (with --grace 0 such a timer would kill the command at once).
import test from 'ava';
import {spawnCli} from '../helpers/pty-session.js';
import {node, rig} from '../helpers/run-command.js';

// Says its width at the start and on each resize; exits 0 once the terminal is 120 wide.
const resizeChild = [
	node,
	'-e',
	'process.stdout.on("resize", () => { console.log(`resized to ${process.stdout.columns}`); if (process.stdout.columns === 120) process.exit(0); }); console.log(`columns ${process.stdout.columns}`); setInterval(() => {}, 1 << 30)',
];

test('a resized terminal reaches the command (SIGWINCH), which sees the new width; twice, with --grace 0', async t => {
	const r = await rig(t);
	const session = spawnCli(['run', ...r.target, '--name', 'winch', '--grace', '0', '--', ...resizeChild], {env: r.env, columns: 80, rows: 24});
	t.teardown(() => {
		session.kill();
	});
	await session.waitForText('columns 80');
	session.resize(100, 24);
	await session.waitForText('resized to 100');
	session.resize(120, 24);
	await session.waitForText('resized to 120');
	const {exitCode} = await session.exited;
	t.is(exitCode, 0, session.history());
	t.deepEqual(await r.stages(), []);
});
