// The router and the one error edge: the first word picks a command only as a literal name, every
// command answers its help, and whatever a command throws leaves as one line with the AWS CLI's
// exit code and its control characters escaped.
import test from 'ava';
import {commandTable} from '../../source/commands/table.js';
import {collector} from '../helpers/collect-stream.js';
import {runInProcess} from '../helpers/run-in-process.js';
import {rawControl} from '../hostile/helpers.js';

async function run(argv: string[]) {
	const stdout = collector();
	const stderr = collector();
	const code = await runInProcess(argv, {stdout: stdout.stream, stderr: stderr.stream, env: {IVS_STAGE_WIZARD_CONFIG_DIR: '/nonexistent/ivs-stage-wizard-config'}});
	return {code, stdout: stdout.text(), stderr: stderr.text()};
}

test('the help lists every command of the table, one line each, within 80 columns', async t => {
	const {code, stdout} = await run(['--help']);
	t.is(code, 0);
	const lines = stdout.split('\n');
	t.deepEqual(lines.slice(0, 2), ['Usage: ivs-stage-wizard [options]', '       ivs-stage-wizard COMMAND [options]']);
	const commands = lines.indexOf('Commands:');
	t.deepEqual(lines.slice(commands + 1, commands + 13), [
		'  presets <command>     list | show | save | delete | rename | export | import',
		'  run [options] -- CMD  a throwaway stage around a command: create, run, delete',
		'  stages [options]      the region\'s stages: browse, watch, add tokens, delete',
		'  watch ARN|NAME        the live table of an existing stage',
		'  token [options]       participant tokens for a stage (--offline: signed here)',
		'  keys <command>        create | list | delete: key pairs for offline tokens',
		'  events ARN|NAME       what the stage saw: participant events, errors explained',
		'  publish [options]     publish a test stream into a stage over WHIP',
		'  prune [selectors]     delete stages chosen by tag, name, idle time or dead run',
		'  template [options]    print the request as a CloudFormation template',
		'  emulator [options]    run the local IVS Real-Time endpoint',
		'  completion <shell>    print a completion script for bash, zsh or fish',
	]);
	t.is(lines[commands + 13], '');
	t.is(commandTable.filter(({operation}) => operation === undefined).length, 13);
});

test('every command answers its help on stdout with exit 0', async t => {
	for (const [argv, first] of [
		[['--help'], 'Usage: ivs-stage-wizard [options]'],
		[['help'], 'Usage: ivs-stage-wizard [options]'],
		[['--name', 'x', 'help'], 'Usage: ivs-stage-wizard [options]'],
		[['presets', '--help'], 'Usage: ivs-stage-wizard presets list'],
		[['presets', 'help'], 'Usage: ivs-stage-wizard presets list'],
		[['presets', 'save', 'x', '--help'], 'Usage: ivs-stage-wizard presets save NAME'],
		[['template', '--help'], 'Usage: ivs-stage-wizard template'],
		[['events', '--help'], 'Usage: ivs-stage-wizard events ARN|NAME'],
		[['run', '--help'], 'Usage: ivs-stage-wizard run'],
		[['run', 'help'], 'Usage: ivs-stage-wizard run'],
		[['run', '--name', 'x', '--help'], 'Usage: ivs-stage-wizard run'],
		[['prune', '--help'], 'Usage: ivs-stage-wizard prune'],
		[['prune', '-h'], 'Usage: ivs-stage-wizard prune'],
		[['prune', 'help'], 'Usage: ivs-stage-wizard prune'],
		[['emulator', '--help'], 'Usage: ivs-stage-wizard emulator [options]'],
		[['emulator', '-h'], 'Usage: ivs-stage-wizard emulator [options]'],
		[['stages', '--help'], 'Usage: ivs-stage-wizard stages [options]'],
		[['stages', '-h'], 'Usage: ivs-stage-wizard stages [options]'],
		[['watch', '--help'], 'Usage: ivs-stage-wizard watch ARN|NAME [options]'],
		[['watch', 'help'], 'Usage: ivs-stage-wizard watch ARN|NAME [options]'],
		[['keys', '--help'], 'Usage: ivs-stage-wizard keys create'],
		[['keys', 'help'], 'Usage: ivs-stage-wizard keys create'],
		[['keys', 'delete', '-h'], 'Usage: ivs-stage-wizard keys delete NAME'],
		[['keys', 'list', '--help'], 'Usage: ivs-stage-wizard keys list'],
		[['token', '--help'], 'Usage: ivs-stage-wizard token --stage-arn ARN'],
	] as const) {
		// one at a time, to name the one that fails
		const result = await run([...argv]);
		t.deepEqual({code: result.code, stderr: result.stderr}, {code: 0, stderr: ''}, argv.join(' '));
		t.true(result.stdout.startsWith(first), argv.join(' '));
	}
});

test('a command is named only by the first word as it is: anything else is create-stage\'s, read by argparse\'s rules', async t => {
	for (const [argv, line] of [
		[['--', 'presets', 'list'], 'Unknown options: list, presets'],
		[['--debug', 'presets', 'list'], 'Unknown options: list, presets'],
		[['create-stage'], 'Unknown options: create-stage'],
		[['--name', 'presets', '--bogus'], 'Unknown options: --bogus'],
		[['--name', 'emulator', '--port', '1'], 'Unknown options: --port, 1'],
	] as const) {
		// one at a time, to name the one that fails
		t.deepEqual(await run([...argv]), {code: 252, stdout: '', stderr: `${line}\n`}, argv.join(' '));
	}
});

test('every command\'s errors leave through the one edge: one line, the AWS CLI\'s exit code, control characters escaped', async t => {
	for (const [argv, code, line] of [
		[['--output', 'xml\u001B[2J'], 252, /^argument --output: Invalid choice 'xml\\x1b\[2J'/],
		[['presets', 'show', 'x\u001B]0;owned\u0007'], 252, /^No preset named "x\\u001b\]0;owned\\u0007"\. There are no presets yet/],
		[['presets', 'list', '--output', 'csv\u001B[2J'], 252, /^--output csv\\x1b\[2J is not available here/],
		[['presets', 'lst\u0007'], 252, /^Unknown presets subcommand "lst\\x07"/],
		[['emulator', '--region', 'mars\u001B[2J'], 252, /^ivs-stage-wizard emulator: --region must look like us-west-2, not "mars\\x1b\[2J" \(see --help\)\n$/],
		[['emulator', '--bogus\u0007'], 252, /^ivs-stage-wizard emulator: Unknown option '--bogus\\x07' \(see --help\)\n$/],
		[['emulator', '--state', '/dev/zero'], 255, /^ivs-stage-wizard emulator: cannot start: /],
	] as const) {
		// one at a time, to name the one that fails
		const result = await run([...argv]);
		const label = JSON.stringify(argv);
		t.is(result.code, code, label);
		t.is(result.stdout, '', label);
		t.regex(result.stderr, line, label);
		t.notRegex(result.stderr, rawControl, label);
		t.is(result.stderr.split('\n').filter(text => text !== '').length, 1, label);
	}
});
