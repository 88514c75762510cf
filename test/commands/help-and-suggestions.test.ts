// Issue 18: every command and subcommand answers -h and --help on stdout (exit 0), and a mistyped
// command, subcommand or option gets one line naming what was probably meant (exit 252).
import test from 'ava';
import {didYouMean, editDistance, nearestNames} from '../../source/basics/did-you-mean.js';
import {collector} from '../helpers/collect-stream.js';
import {runInProcess} from '../helpers/run-in-process.js';

async function run(argv: string[]) {
	const stdout = collector();
	const stderr = collector();
	const code = await runInProcess(argv, {stdout: stdout.stream, stderr: stderr.stream, env: {IVS_STAGE_WIZARD_CONFIG_DIR: '/nonexistent/ivs-stage-wizard-config'}});
	return {code, stdout: stdout.text(), stderr: stderr.text()};
}

test('-h and --help answer on every command and presets subcommand, with that command\'s own usage', async t => {
	const cases: Array<[string[], string]> = [
		[['-h'], 'Usage: ivs-stage-wizard [options]'],
		[['--name', 'x', '-h'], 'Usage: ivs-stage-wizard [options]'],
		[['run', '-h'], 'Usage: ivs-stage-wizard run'],
		[['template', '-h'], 'Usage: ivs-stage-wizard template'],
		[['template', '--region', 'us-west-2', '-h'], 'Usage: ivs-stage-wizard template'],
		[['presets', '-h'], 'Usage: ivs-stage-wizard presets list'],
		[['presets', 'save', '-h'], 'Usage: ivs-stage-wizard presets save NAME'],
		[['presets', 'save', '--help'], 'Usage: ivs-stage-wizard presets save NAME'],
		[['presets', 'save', 'weekly', '-h'], 'Usage: ivs-stage-wizard presets save NAME'],
	];
	for (const name of ['list', 'show', 'delete', 'rename', 'export', 'import']) {
		cases.push([['presets', name, '--help'], `Usage: ivs-stage-wizard presets ${name}`], [['presets', name, '-h'], `Usage: ivs-stage-wizard presets ${name}`]);
	}

	for (const [argv, first] of cases) {
		// one at a time, to name the one that fails
		const result = await run(argv);
		t.deepEqual({code: result.code, stderr: result.stderr}, {code: 0, stderr: ''}, argv.join(' '));
		t.true(result.stdout.startsWith(first), `${argv.join(' ')}: ${result.stdout.split('\n')[0]}`);
	}
});

test('a mistyped command, subcommand or option is one line naming the nearest (or the line it always was), exit 252', async t => {
	for (const [argv, line] of [
		[['preset', 'list'], 'Unknown command "preset": did you mean presets? (ivs-stage-wizard --help lists the commands)'],
		[['emualtor'], 'Unknown command "emualtor": did you mean emulator? (ivs-stage-wizard --help lists the commands)'],
		[['presets', 'lst'], 'Unknown presets subcommand "lst": did you mean list? (use list, show, save, delete, rename, export or import).'],
		[['presets', 'list', '--ouptut', 'json'], 'Unknown option --ouptut for presets list: did you mean --output?'],
		[['presets', 'delete', 'x', '--yse'], 'Unknown option --yse for presets delete: did you mean --yes?'],
		[['--nmae', 'x'], 'Unknown options: --nmae, x (--nmae: did you mean --name?)'],
		[['--nmae=x', '--regoin', 'y'], 'Unknown options: --nmae=x, --regoin, y (--nmae: did you mean --name? --regoin: did you mean --region?)'],
		[['template', '--tgas', 'a=b'], 'Unknown options: --tgas, a=b (--tgas: did you mean --tags?)'],
		[['emulator', '--prot', '1'], 'ivs-stage-wizard emulator: Unknown option \'--prot\', did you mean --port? (see --help)'],
		// With nothing near, the AWS CLI's own line is kept as it is.
		[['--foo'], 'Unknown options: --foo'],
		[['zzz'], 'Unknown options: zzz'],
		[['create-stage'], 'Unknown options: create-stage'],
		[['presets', 'list', '--force'], 'Unknown option --force for presets list (it takes --output, --query, --color).'],
	] as const) {
		t.deepEqual(await run([...argv]), {code: 252, stdout: '', stderr: `${line}\n`}, argv.join(' '));
	}
});

test('the distance counts a transposition as one edit, and short words get fewer edits', t => {
	t.is(editDistance('nmae', 'name'), 1);
	t.is(editDistance('lst', 'list'), 1);
	t.is(editDistance('kitten', 'sitting'), 3);
	t.deepEqual(nearestNames('x', ['-y', 'ls']), []);
	t.deepEqual(nearestNames('--qury', ['--query', '--quota']), ['--query']);
	t.is(didYouMean('shwo', ['show', 'save']), 'did you mean show?');
	t.is(didYouMean('a'.repeat(100_000), ['aaa']), undefined);
});
