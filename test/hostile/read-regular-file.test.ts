// Bounded reads of regular files only: a FIFO, a device or a directory is refused before a byte is read.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import test from 'ava';
import {FileTooLargeError, NotRegularFileError, readRegularFileSync, readStreamLimited} from '../../source/basics/read-regular-file.js';
import {fileValueByteLimit, largestJsonBytes} from '../../source/stage/request-size.js';

function temporaryDirectory(): string {
	return mkdtempSync(path.join(tmpdir(), 'ivs-stage-wizard-read-'));
}

test('a regular file within the limit is read whole; one byte over is refused', t => {
	const directory = temporaryDirectory();
	const file = path.join(directory, 'ten');
	writeFileSync(file, '0123456789');
	t.is(readRegularFileSync(file, 10).toString(), '0123456789');
	const error = t.throws(() => readRegularFileSync(file, 9), {instanceOf: FileTooLargeError});
	t.is(error.limitBytes, 9);
});

test('a FIFO (even behind a symlink), a device and a directory are refused without blocking', t => {
	const directory = temporaryDirectory();
	const fifo = path.join(directory, 'fifo');
	execFileSync('mkfifo', [fifo]);
	const link = path.join(directory, 'link');
	symlinkSync(fifo, link);
	t.like(t.throws(() => readRegularFileSync(fifo, 100), {instanceOf: NotRegularFileError}), {kind: 'FIFO'});
	t.like(t.throws(() => readRegularFileSync(link, 100), {instanceOf: NotRegularFileError}), {kind: 'FIFO'});
	t.like(t.throws(() => readRegularFileSync('/dev/zero', 100), {instanceOf: NotRegularFileError}), {kind: 'character device'});
	t.like(t.throws(() => readRegularFileSync(directory, 100), {instanceOf: NotRegularFileError}), {kind: 'directory'});
});

test('a file that claims size 0 (/proc) is still bounded by what it holds', t => {
	t.true(readRegularFileSync('/proc/self/status', 1024 * 1024).length > 0);
	t.throws(() => readRegularFileSync('/proc/self/status', 8), {instanceOf: FileTooLargeError});
});

test('a stream is read to the limit and no further', async t => {
	t.is((await readStreamLimited(Readable.from([Buffer.from('abc'), Buffer.from('def')]), 6, 'stdin')).toString(), 'abcdef');
	await t.throwsAsync(readStreamLimited(Readable.from([Buffer.from('abc'), Buffer.from('defg')]), 6, 'stdin'), {instanceOf: FileTooLargeError});
});

test('the file:// limit comes from the model: twice the largest CreateStage input, to a power of two', t => {
	const largest = largestJsonBytes('CreateStageRequest');
	// 50 tags of 128 + 256 characters and 12 tokens with 1 KB attributes, at the longest JSON escapes.
	t.true(largest > 300_000 && largest < 500_000, String(largest));
	t.is(fileValueByteLimit(), 1024 * 1024);
	t.true(fileValueByteLimit() >= 2 * largest);
	// A request that really is that large, written plainly, is far under the limit.
	const tags = Object.fromEntries(Array.from({length: 50}, (_, index) => [`${'k'.repeat(125)}${String(index).padStart(3, '0')}`, 'v'.repeat(256)]));
	t.true(JSON.stringify({tags}, undefined, 4).length < fileValueByteLimit() / 4);
});
