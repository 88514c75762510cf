import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {acquireFileLock, withFileLock} from '../../source/presets/file-lock.js';
import {ConfigError} from '../../source/errors.js';
import {tempConfigDir} from './helpers.js';

function deadPid(): number {
	// A process that has exited: its pid is free (and, right after, not yet reused).
	const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
	return Number(result.stdout);
}

test('the lock is exclusive while held and gone after release', t => {
	const lockPath = path.join(tempConfigDir(t), 'config.json.lock');
	const release = acquireFileLock(lockPath);
	const holder = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as {pid: number; host: string};
	t.is(holder.pid, process.pid);
	t.is(holder.host, os.hostname());
	if (process.platform !== 'win32') {
		t.is(fs.statSync(lockPath).mode & 0o777, 0o600);
	}

	const error = t.throws(() => acquireFileLock(lockPath, {timeoutMs: 50}), {instanceOf: ConfigError});
	t.is(error.exitCode, 253);
	t.is(error.message, `Timed out waiting for ${lockPath}, held by process ${process.pid} on ${os.hostname()}. If no ivs-stage-wizard is running, delete that file.`);
	release();
	t.false(fs.existsSync(lockPath));
	t.is(withFileLock(lockPath, () => 42), 42);
	t.false(fs.existsSync(lockPath));
});

test('the lock is released when the action throws', t => {
	const lockPath = path.join(tempConfigDir(t), 'config.json.lock');
	t.throws(() => withFileLock(lockPath, () => {
		throw new Error('boom');
	}), {message: 'boom'});
	t.false(fs.existsSync(lockPath));
});

test('a lock left by a process that is gone is taken over at once', t => {
	const lockPath = path.join(tempConfigDir(t), 'config.json.lock');
	fs.writeFileSync(lockPath, JSON.stringify({pid: deadPid(), host: os.hostname(), nonce: 'old', time: new Date().toISOString()}));
	// A timeout far shorter than the stale age: only the dead-pid check can let this through.
	t.is(withFileLock(lockPath, () => 'got it', {timeoutMs: 1000, staleMs: 60_000}), 'got it');
	t.false(fs.existsSync(lockPath));
});

test('a lock older than the stale age is taken over, whoever holds it', t => {
	const lockPath = path.join(tempConfigDir(t), 'config.json.lock');
	fs.writeFileSync(lockPath, JSON.stringify({pid: process.pid, host: 'another-host', nonce: 'old'}));
	const old = new Date(Date.now() - 60_000);
	fs.utimesSync(lockPath, old, old);
	t.is(withFileLock(lockPath, () => 'got it', {timeoutMs: 1000, staleMs: 10_000}), 'got it');
});

test('a fresh lock of another host is waited for, not broken', t => {
	const lockPath = path.join(tempConfigDir(t), 'config.json.lock');
	const foreign = JSON.stringify({pid: 1, host: 'another-host', nonce: 'theirs'});
	fs.writeFileSync(lockPath, foreign);
	t.throws(() => withFileLock(lockPath, () => 'no', {timeoutMs: 100}), {instanceOf: ConfigError, message: /held by process 1 on another-host/});
	t.is(fs.readFileSync(lockPath, 'utf8'), foreign);
});

test('an empty lock file (a holder between creating and writing it) is only broken by age', t => {
	const lockPath = path.join(tempConfigDir(t), 'config.json.lock');
	fs.writeFileSync(lockPath, '');
	t.throws(() => withFileLock(lockPath, () => 'no', {timeoutMs: 100}), {message: /held by another process/});
	const old = new Date(Date.now() - 60_000);
	fs.utimesSync(lockPath, old, old);
	t.is(withFileLock(lockPath, () => 'yes', {timeoutMs: 1000}), 'yes');
});

test('releasing a lock that was broken and retaken by someone else leaves theirs alone', t => {
	const lockPath = path.join(tempConfigDir(t), 'config.json.lock');
	const release = acquireFileLock(lockPath);
	// Someone judged ours stale and took the path.
	fs.rmSync(lockPath);
	const theirs = JSON.stringify({pid: 1, host: 'another-host', nonce: 'theirs'});
	fs.writeFileSync(lockPath, theirs);
	release();
	t.is(fs.readFileSync(lockPath, 'utf8'), theirs);
});

test('a leftover breaker file from a crash is cleared by age', t => {
	const lockPath = path.join(tempConfigDir(t), 'config.json.lock');
	fs.writeFileSync(lockPath, JSON.stringify({pid: deadPid(), host: os.hostname(), nonce: 'old'}));
	fs.writeFileSync(`${lockPath}.break`, '1');
	const old = new Date(Date.now() - 60_000);
	fs.utimesSync(`${lockPath}.break`, old, old);
	t.is(withFileLock(lockPath, () => 'yes', {timeoutMs: 2000}), 'yes');
	t.false(fs.existsSync(`${lockPath}.break`));
});
