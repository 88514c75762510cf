// Every --help fits an 80-column terminal: no line of any command's or subcommand's usage is wider,
// so nothing wraps mid-word in the terminal a newcomer opens first.
import test from 'ava';
import {namedCommands} from '../../source/commands/table.js';
import {columnsOf} from '../../source/wizard/text-columns.js';
import {collector} from '../helpers/collect-stream.js';
import {runInProcess} from '../helpers/run-in-process.js';

const subcommands: Record<string, string[]> = {
	presets: ['list', 'show', 'save', 'delete', 'rename', 'export', 'import'],
	keys: ['create', 'list', 'delete'],
};

const helpCommands = [[], ...namedCommands.flatMap(({name}) => [[name], ...(subcommands[name] ?? []).map(sub => [name, sub])])];

for (const command of helpCommands) {
	test(`${['ivs-stage-wizard', ...command].join(' ')} --help fits 80 columns`, async t => {
		const stdout = collector();
		const code = await runInProcess([...command, '--help'], {stdout: stdout.stream, env: {IVS_STAGE_WIZARD_CONFIG_DIR: '/nonexistent/ivs-stage-wizard-config'}});
		t.is(code, 0);
		const wide = stdout.text().split('\n').filter(line => columnsOf(line) > 80);
		t.true(stdout.text().length > 0);
		t.deepEqual(wide, [], `${wide.length} lines wider than 80 columns`);
	});
}
