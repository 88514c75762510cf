// `presets export --file F` writes a new file only: a file or a link at F is refused (252) and left
// as it was unless --force, which replaces it whole (a link with the file, never its target).
// Real files and links in a temp dir, the command run as the bin runs it.
import fs from 'node:fs';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {exitCodes} from '../../source/basics/errors.js';
import {presetsCommand, tempConfigDir} from './helpers.js';

function setUp(t: ExecutionContext) {
	const {run} = presetsCommand(t, {name: 'weekly', request: {name: 'show'}});
	return {run: async (argv: string[]) => run(['export', ...argv]), workDir: tempConfigDir(t)};
}

function exportedNames(file: string): string[] {
	return (JSON.parse(fs.readFileSync(file, 'utf8')) as {presets: Array<{name: string}>}).presets.map(({name}) => name);
}

test('an existing file is refused without --force and kept; --force replaces it', async t => {
	const {run, workDir} = setUp(t);
	const file = path.join(workDir, 'presets.json');
	fs.writeFileSync(file, 'my notes\n');

	t.deepEqual(await run(['--file', file]), {code: exitCodes.usage, stdout: '', stderr: `Cannot write ${file}: it exists already; give --force to replace it, or another file name\n`});
	t.is(fs.readFileSync(file, 'utf8'), 'my notes\n');

	t.deepEqual(await run(['--file', file, '--force']), {code: exitCodes.ok, stdout: `Exported 1 preset to ${file}.\n`, stderr: ''});
	t.deepEqual(exportedNames(file), ['weekly']);
	t.deepEqual(fs.readdirSync(workDir), ['presets.json'], 'no temporary file left beside it');
});

test('a link is never followed: refused without --force, replaced itself with --force, its target untouched', async t => {
	const {run, workDir} = setUp(t);
	const target = path.join(workDir, 'precious.txt');
	fs.writeFileSync(target, 'do not overwrite\n');
	const link = path.join(workDir, 'presets.json');
	fs.symlinkSync(target, link);

	t.deepEqual(await run(['--file', link]), {code: exitCodes.usage, stdout: '', stderr: `Cannot write ${link}: it is a symbolic link, which export does not follow; give --force to replace the link with the file, or another file name\n`});
	t.true(fs.lstatSync(link).isSymbolicLink());
	t.is(fs.readFileSync(target, 'utf8'), 'do not overwrite\n');

	t.is((await run(['--file', link, '--force'])).code, exitCodes.ok);
	t.false(fs.lstatSync(link).isSymbolicLink());
	t.deepEqual(exportedNames(link), ['weekly']);
	t.is(fs.readFileSync(target, 'utf8'), 'do not overwrite\n');
});

test('a dangling link is not followed either (it would create its target)', async t => {
	const {run, workDir} = setUp(t);
	const target = path.join(workDir, 'elsewhere.json');
	const link = path.join(workDir, 'presets.json');
	fs.symlinkSync(target, link);
	t.is((await run(['--file', link])).code, exitCodes.usage);
	t.false(fs.existsSync(target));
});

test('a new file is written whole', async t => {
	const {run, workDir} = setUp(t);
	const file = path.join(workDir, 'new.json');
	t.deepEqual(await run(['--file', file]), {code: exitCodes.ok, stdout: `Exported 1 preset to ${file}.\n`, stderr: ''});
	t.deepEqual(exportedNames(file), ['weekly']);
});
