// The plain questions on real streams (a pipe for the keyboard, one for the screen): how each kind
// of answer is read, what is refused and in which words, and that nothing written holds an escape
// byte, even a choice name carrying one. The pseudo-terminal run is pty-dumb.test.ts.
import {PassThrough} from 'node:stream';
import test from 'ava';
import {plainPrompts} from '../../source/line/plain-prompts.js';
import {isPromptExit} from '../../source/line/prompts.js';
import {inputEndOf} from '../../source/basics/prompt-end.js';

function streams(...typed: string[]) {
	const input = new PassThrough();
	const output = new PassThrough();
	let written = '';
	output.on('data', (chunk: Buffer) => {
		written += chunk.toString('utf8');
	});
	input.write(typed.join(''));
	return {prompts: plainPrompts({input, output}), input, written: () => written};
}

const choices = [
	{value: 'create', name: 'Create the stage', disabled: 'fix the 1 problem first'},
	{value: 'edit', name: 'Edit a step'},
	{value: 'save', name: 'Save as a preset'},
	{value: 'copy', name: 'Copy \u001B[31mthe aws command'},
];

test('select: numbered choices, answered by number, name, value or a unique start; a disabled one says why', async t => {
	const {prompts, written} = streams('1\n', 'x\n', 'sa\n', '2\r\n', 'EDIT A STEP\n', 'copy\n', '\n');
	t.is(await prompts.select({message: 'Ready?', choices}), 'save');
	t.is(await prompts.select({message: 'Ready?', choices}), 'edit');
	t.is(await prompts.select({message: 'Ready?', choices}), 'edit');
	t.is(await prompts.select({message: 'Ready?', choices}), 'copy');
	t.is(await prompts.select({message: 'Ready?', choices, default: 'save'}), 'save');
	const text = written();
	t.true(text.includes('? Ready?\n  1) Create the stage (not now: fix the 1 problem first)\n  2) Edit a step\n'), text);
	t.true(text.includes('> not now: fix the 1 problem first\n'), text);
	t.true(text.includes('> answer with a number from 1 to 4, or a name\n'), text);
	t.true(text.includes('Number or name [3]: \n✔ Ready? Save as a preset\n'), text);
	t.false(text.includes('\u001B'), text);
});

test('input and number: Enter keeps the default in brackets, a space alone clears it, refusals are one line', async t => {
	const {prompts, written} = streams('\n', ' \n', 'bad name\n', 'ok\n', 'soon\n', ' \n', '\n', '90\n');
	const validate = (value: string) => (value.includes(' ') ? 'use only letters, digits, - and _' : true);
	t.is(await prompts.input({message: 'Stage name', default: 'show', validate}), 'show');
	t.is(await prompts.input({message: 'Stage name', default: 'show', validate}), '');
	t.is(await prompts.input({message: 'Stage name', validate}), 'ok');
	t.is(await prompts.number({message: 'Token lifetime (minutes)', default: 720}), undefined);
	t.is(await prompts.number({message: 'Token lifetime (minutes)'}), undefined);
	t.is(await prompts.number({message: 'Token lifetime (minutes)', validate: value => (value > 60 ? true : 'at least 61')}), 90);
	const text = written();
	t.true(text.includes('? Stage name [show]: \n✔ Stage name show\n'), text);
	t.true(text.includes('> use only letters, digits, - and _\n'), text);
	t.true(text.includes('> enter a number\n'), text);
});

test('confirm and checkbox: y or n, numbers or names, Enter keeps what is ticked', async t => {
	const {prompts, input, written} = streams('maybe\n', 'YES\n', '\n', '\n', 'subscribe, 1\n', ' \n');
	const can = [{value: 'PUBLISH', name: 'Publish', checked: true}, {value: 'SUBSCRIBE', name: 'Subscribe'}];
	const validate = (values: string[]) => (values.length > 0 ? true : 'tick at least one');
	t.true(await prompts.confirm({message: 'Record each participant', default: false}));
	t.false(await prompts.confirm({message: 'Record each participant', default: false}));
	t.deepEqual(await prompts.checkbox({message: 'Can', choices: can, validate}), ['PUBLISH']);
	t.deepEqual(await prompts.checkbox({message: 'Can', choices: can, validate}), ['PUBLISH', 'SUBSCRIBE']);
	const text = written();
	t.true(text.includes('? Record each participant (y/n) [n]: '), text);
	t.true(text.includes('> answer y or n\n'), text);
	t.true(text.includes('  1) [x] Publish\n  2) [ ] Subscribe\n'), text);
	t.true(text.includes('✔ Can Publish, Subscribe\n'), text);
	// The space alone ticks none, which this field refuses; then the input ends.
	const asked = prompts.checkbox({message: 'Can', choices: can, validate});
	input.end();
	const end = await t.throwsAsync(asked);
	t.true(written().includes('> tick at least one\n'));
	t.true(isPromptExit(end));
});

test('the input\'s end ends the question, as inquirer\'s prompts end (and every one after it)', async t => {
	const {prompts, input} = streams('ab');
	const asked = prompts.input({message: 'Key'});
	input.end();
	const error = await t.throwsAsync(asked);
	t.true(isPromptExit(error));
	t.is(inputEndOf(error), 'closed');
	t.is(inputEndOf(await t.throwsAsync(prompts.confirm({message: 'Sure', default: false}))), 'closed');
});

test('Ctrl+C typed at a question ends it as inquirer\'s Ctrl+C does; Backspace and Ctrl+U edit the line', async t => {
	const {prompts, written} = streams('abx\u007Fc\n', 'gone\u0015kept\n', 'half\u0003');
	t.is(await prompts.input({message: 'Key'}), 'abc');
	t.is(await prompts.input({message: 'Key'}), 'kept');
	const error = await t.throwsAsync(prompts.input({message: 'Key'}));
	t.is(error?.name, 'ExitPromptError');
	t.true(written().includes('abx\b \bc\n'), JSON.stringify(written()));
});

test('a "\\n" read after a "\\r" is an Enter of its own; only in the same read is "\\r\\n" one line end', async t => {
	// The pseudo-terminal's cooked mode, between two questions, turns a typed "\r" into "\n": that
	// Enter answers the next question, it is not the tail of the last one's "\r".
	const {prompts, input} = streams('2\r');
	t.is(await prompts.select({message: 'Ready?', choices}), 'edit');
	const next = prompts.select({message: 'What next?', choices, default: 'save'});
	input.write('\n');
	t.is(await next, 'save');
});
