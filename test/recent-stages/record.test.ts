// The record of recent stages on its own, with real files in a temp folder: what it keeps (50,
// newest first, never a token), what it drops (deleted stages, entries that fail the checks), and
// that a record it cannot read or write never throws.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import test, {type ExecutionContext} from 'ava';
import {readRecentStages, recentStagesPath, recentStagesReadLimit, serializeRecentStages} from '../../source/recent-stages/recent-stages-file.js';
import {updateRecentStages} from '../../source/recent-stages/record-stages.js';

function folder(t: ExecutionContext): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ivs-recent-'));
	t.teardown(() => {
		fs.rmSync(dir, {recursive: true, force: true});
	});
	return dir;
}

const arn = (id: string, region = 'us-west-2') => `arn:aws:ivs:${region}:123456789012:stage/${id}`;

test('created stages are kept newest first with name, region and time, in a 0600 file; 50 at most', async t => {
	const file = recentStagesPath(path.join(folder(t), 'config'));
	const now = new Date('2026-11-28T11:00:00.000Z');
	await updateRecentStages(file, {created: [{arn: arn('first'), name: 'class-101'}], now});
	const many = Array.from({length: 55}, (_, index) => ({arn: arn(`s${index}`, 'eu-west-1'), name: `room-${index}`}));
	await updateRecentStages(file, {created: many, now});
	const stages = readRecentStages(file);
	t.is(stages.length, 50);
	t.deepEqual(stages[0], {arn: arn('s54', 'eu-west-1'), name: 'room-54', region: 'eu-west-1', createdAt: '2026-11-28T11:00:00.000Z'});
	t.is(stages.at(-1)!.arn, arn('s5', 'eu-west-1'));
	t.false(stages.some(stage => stage.arn === arn('first')), 'the oldest went first');
	t.is(fs.statSync(file).mode & 0o777, 0o600);
	t.deepEqual(fs.readdirSync(path.dirname(file)), ['recent-stages.json'], 'no temporary file left');
});

test('a deleted stage is removed; a stage made again moves to the front once', async t => {
	const file = recentStagesPath(folder(t));
	await updateRecentStages(file, {created: [{arn: arn('a'), name: 'a'}, {arn: arn('b'), name: 'b'}, {arn: arn('c'), name: 'c'}]});
	await updateRecentStages(file, {deleted: [arn('b')]});
	t.deepEqual(readRecentStages(file).map(stage => stage.arn), [arn('c'), arn('a')]);
	await updateRecentStages(file, {created: [{arn: arn('a'), name: 'a'}]});
	t.deepEqual(readRecentStages(file).map(stage => stage.arn), [arn('a'), arn('c')]);
});

test('only checked fields are kept: a token, a bad ARN, a name with control characters never survive a write', async t => {
	const file = recentStagesPath(folder(t));
	const token = 'eyJhbGciOiJFUzM4NCJ9.c2VjcmV0.c2ln';
	fs.writeFileSync(file, JSON.stringify({format: 'ivs-stage-wizard/recent-stages', version: 1, stages: [
		{arn: arn('kept'), name: 'ok', region: 'us-west-2', createdAt: '2026-11-28T11:00:00.000Z', token},
		{arn: 'arn:aws:ivs:us-west-2:123456789012:storage-configuration/abc', name: 'x', region: 'us-west-2', createdAt: '2026-11-28T11:00:00.000Z'},
		{arn: `${arn('x')}\u001B]0;owned\u0007`, name: 'x', region: 'us-west-2', createdAt: '2026-11-28T11:00:00.000Z'},
		{arn: arn('y'), name: 'bad\u001Bname', region: 'us-west-2', createdAt: '2026-11-28T11:00:00.000Z'},
		{arn: arn('z'), name: 'z', region: 'us-west-2', createdAt: 'yesterday'},
		null,
		'text',
	]}));
	t.deepEqual(readRecentStages(file), [{arn: arn('kept'), name: 'ok', region: 'us-west-2', createdAt: '2026-11-28T11:00:00.000Z'}]);
	await updateRecentStages(file, {created: [{arn: arn('new'), name: 'new'}]});
	const text = fs.readFileSync(file, 'utf8');
	t.false(text.includes(token));
	t.false(text.includes('\\u001b'));
	t.deepEqual(readRecentStages(file).map(stage => stage.arn), [arn('new'), arn('kept')]);
});

test('a FIFO, a folder, a file past the limit or not a record reads as no stages, at once', t => {
	const dir = folder(t);
	const fifo = path.join(dir, 'fifo');
	execFileSync('mkfifo', [fifo]);
	t.deepEqual(readRecentStages(fifo), []);
	t.deepEqual(readRecentStages(dir), []);
	const large = path.join(dir, 'large');
	const entry = {arn: arn('big'), name: 'big', region: 'us-west-2', createdAt: '2026-11-28T11:00:00.000Z'};
	fs.writeFileSync(large, serializeRecentStages([entry]).replace('\n}', `${' '.repeat(recentStagesReadLimit)}\n}`));
	t.deepEqual(readRecentStages(large), []);
	const small = path.join(dir, 'small');
	fs.writeFileSync(small, serializeRecentStages([entry]));
	t.deepEqual(readRecentStages(small), [entry], 'the same record within the limit is read');
	const other = path.join(dir, 'other');
	fs.writeFileSync(other, JSON.stringify({stages: [entry]}));
	t.deepEqual(readRecentStages(other), [], 'a file without the format is not a record');
});

test('a record that cannot be written (its folder is a file) never throws', async t => {
	const dir = folder(t);
	const blocker = path.join(dir, 'not-a-folder');
	fs.writeFileSync(blocker, '');
	await t.notThrowsAsync(updateRecentStages(recentStagesPath(blocker), {created: [{arn: arn('a'), name: 'a'}]}));
	await t.notThrowsAsync(updateRecentStages(undefined, {created: [{arn: arn('a'), name: 'a'}]}));
});

test('a link at the record is replaced, never written through', async t => {
	const dir = folder(t);
	const target = path.join(dir, 'elsewhere.txt');
	fs.writeFileSync(target, 'keep me');
	const file = recentStagesPath(dir);
	fs.symlinkSync(target, file);
	await updateRecentStages(file, {created: [{arn: arn('a'), name: 'a'}]});
	t.is(fs.readFileSync(target, 'utf8'), 'keep me');
	t.false(fs.lstatSync(file).isSymbolicLink());
	t.is(readRecentStages(file)[0]!.arn, arn('a'));
});
