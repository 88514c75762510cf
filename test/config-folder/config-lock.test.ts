import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {withConfigLock} from '../../source/config-folder/config-lock.js';
import {ConfigError} from '../../source/basics/errors.js';
import {tempConfigDir} from '../presets/helpers.js';

function configPath(t: Parameters<typeof tempConfigDir>[0]) {
	const file = path.join(tempConfigDir(t), 'config.json');
	return {file, lock: `${file}.lock`};
}

function age(lock: string, seconds: number) {
	const old = new Date(Date.now() - seconds * 1000);
	fs.utimesSync(lock, old, old);
}

test('the lock is exclusive while held and gone after release', t => {
	const {file, lock} = configPath(t);
	const result = withConfigLock(file, () => {
		t.true(fs.statSync(lock).isDirectory());
		const error = t.throws(() => withConfigLock(file, () => 'no', {timeoutMs: 50}), {instanceOf: ConfigError});
		t.is(error.exitCode, 253);
		t.is(error.message, `Timed out waiting for ${lock}, held by another ivs-stage-wizard. If none is running, delete it.`);
		return 42;
	});
	t.is(result, 42);
	t.false(fs.existsSync(lock));
});

test('the lock is released when the action throws', t => {
	const {file, lock} = configPath(t);
	t.throws(() => withConfigLock(file, () => {
		throw new Error('boom');
	}), {message: 'boom'});
	t.false(fs.existsSync(lock));
});

test('a fresh lock is waited for, not broken; one older than the stale age is taken over', t => {
	const {file, lock} = configPath(t);
	fs.mkdirSync(lock);
	t.throws(() => withConfigLock(file, () => 'no', {timeoutMs: 100}), {message: /^Timed out waiting for/});
	t.true(fs.existsSync(lock));
	// Left by a process that died mid-save: no one refreshes it any more.
	age(lock, 60);
	t.is(withConfigLock(file, () => 'got it', {timeoutMs: 1000, staleMs: 10_000}), 'got it');
	t.false(fs.existsSync(lock));
});

test('a process that exits while holding the lock leaves none behind', t => {
	const {file, lock} = configPath(t);
	const script = `import {withConfigLock} from ${JSON.stringify(path.resolve('source/config-folder/config-lock.ts'))}; withConfigLock(${JSON.stringify(file)}, () => process.exit(3));`;
	const child = spawnSync(process.execPath, ['--import=tsx', '--input-type=module', '-e', script], {encoding: 'utf8'});
	t.is(child.status, 3, child.stderr);
	t.false(fs.existsSync(lock));
});

test('a lock file of an earlier release is waited for; anything else at the lock path is refused at once', t => {
	const {file, lock} = configPath(t);
	fs.writeFileSync(lock, '{"pid":1}');
	t.throws(() => withConfigLock(file, () => 'no', {timeoutMs: 100}), {message: /^Timed out waiting for/});
	fs.rmSync(lock);
	fs.symlinkSync(path.dirname(file), lock);
	const started = Date.now();
	t.throws(() => withConfigLock(file, () => 'no', {timeoutMs: 5000}), {
		instanceOf: ConfigError,
		message: `The lock file ${lock} is a symbolic link, not a file this program made; remove it and try again.`,
	});
	t.true(Date.now() - started < 4000);
});
