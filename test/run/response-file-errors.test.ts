// A $TMPDIR that cannot take the response file: one line naming the place and the cause, exit
// 255, the command never run, and the stage deleted (or named, when the delete fails too). A full
// disk is a real one: a 4 KiB tmpfs, filled up (mounting needs root; skipped, saying why, without).
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {rig, runToEnd} from '../helpers/run-command.js';

const full = mkdtempSync(path.join(tmpdir(), 'ivs-run-full-'));
const mountRefused = (() => {
	try {
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', full], {stdio: 'pipe'});
		// Every block taken: the folder can still be made (it needs an inode, not a block), the file not.
		writeFileSync(path.join(full, 'filler'), Buffer.alloc(4096));
		return undefined;
	} catch (error) {
		return String((error as {stderr?: unknown}).stderr ?? error).trim() || 'mount failed';
	}
})();

test.after.always(() => {
	if (!mountRefused) {
		execFileSync('umount', [full]);
	}

	rmSync(full, {recursive: true, force: true});
});

if (mountRefused) {
	console.log(`Skipping the full-disk tests: no tmpfs could be mounted (${mountRefused})`);
}

// One at a time: both fill the same tmpfs, and the first looks for what is left in it.
const fullTest = mountRefused ? test.skip : test.serial;
const responseFile = (parent: string) => `${parent}/ivs-stage-wizard-run-\\d+-[A-Za-z0-9]{6}/create-stage-response\\.json`;
const leftovers = (parent: string) => readdirSync(parent).filter(entry => entry.startsWith('ivs-stage-wizard-run-'));

fullTest('a full $TMPDIR: one line naming the file and ENOSPC, exit 255, no command, the stage deleted', async t => {
	const r = await rig(t);
	const result = await runToEnd(r, ['--name', 'full-disk'], 'exit:0', {...r.env, TMPDIR: full});
	t.is(result.code, 255);
	t.regex(result.stderr, new RegExp(`^Cannot write the stage's answer to ${responseFile(full)}: no space left on device \\(ENOSPC\\); the command was not run\\n$`));
	t.is(r.report(), undefined, 'the command never ran');
	t.deepEqual(await r.stages(), [], 'the stage is deleted');
	t.deepEqual(leftovers(full), [], 'its folder is removed');
});

fullTest('a full $TMPDIR and a delete that fails: the stage is named with its delete command, then the ENOSPC line', async t => {
	const r = await rig(t, {faults: 'error500=1,ops=DeleteStage'});
	const result = await runToEnd(r, ['--name', 'full-stuck'], 'exit:0', {...r.env, TMPDIR: full});
	t.is(result.code, 255);
	const [arn] = await r.stages();
	t.truthy(arn, 'the stage could not be deleted');
	const lines = result.stderr.split('\n');
	t.is(lines.length, 3, result.stderr);
	t.true(lines[0]!.startsWith(`Could not delete the stage ${arn} (`), lines[0]);
	t.true(lines[0]!.includes(`delete it with: aws ivs-realtime delete-stage --arn ${arn}`), lines[0]);
	t.regex(lines[1]!, /^Cannot write the stage's answer to .*: no space left on device \(ENOSPC\); the command was not run$/);
});

test('a $TMPDIR that is not a folder: one line naming it and the cause, exit 255, the stage deleted', async t => {
	const r = await rig(t);
	const notAFolder = path.join(r.directory, 'not-a-folder');
	writeFileSync(notAFolder, '');
	const result = await runToEnd(r, ['--name', 'no-tmp'], 'exit:0', {...r.env, TMPDIR: notAFolder});
	t.is(result.code, 255);
	t.is(result.stderr, `Cannot make a folder for the stage's answer in ${notAFolder}: not a directory (ENOTDIR); the command was not run\n`);
	t.is(r.report(), undefined);
	t.deepEqual(await r.stages(), []);
});
