// A lock file next to the config file, so that processes saving at the same moment take turns at
// read → merge → write (conf writes atomically but, as its readme says, does not support several
// writers). Synchronous, because the store's API is: the critical section is a read and a write of
// a small file, a few milliseconds.
//
// Taking: create `<config>.lock` with O_EXCL ('wx'), holding {pid, host, nonce, time}. Waiting:
// short sleeps with jitter. Stale: the holder's process is gone (same host, pid not alive), or the
// file is older than `staleMs` (another host, a reused pid, a holder frozen for longer than any
// save takes). Breaking a stale lock is itself serialised by `<config>.lock.break`, and the breaker
// removes the lock only if it is still the very file it judged stale (inode, mtime and content), so
// two waiters breaking at once cannot remove a fresh lock that a third has just taken. Releasing
// removes the lock only if it still holds our nonce.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {randomBytes} from 'node:crypto';
import {ConfigError} from '../errors.js';
import {NotRegularFileError, readRegularFileSync} from '../read-regular-file.js';

/** A lock file holds one short JSON line; anything longer is not ours. */
const lockFileByteLimit = 64 * 1024;

export type LockOptions = {
	/** Give up after this long (default 10 s). */
	timeoutMs?: number;
	/** A lock older than this is stale whoever holds it (default 10 s). */
	staleMs?: number;
};

type Holder = {pid?: number; host?: string; nonce?: string; time?: string};

const breakerStaleMs = 2000;

export function withFileLock<T>(lockPath: string, action: () => T, options: LockOptions = {}): T {
	const release = acquireFileLock(lockPath, options);
	try {
		return action();
	} finally {
		release();
	}
}

export function acquireFileLock(lockPath: string, options: LockOptions = {}): () => void {
	const timeoutMs = options.timeoutMs ?? 10_000;
	const staleMs = options.staleMs ?? 10_000;
	const nonce = randomBytes(12).toString('hex');
	const content = JSON.stringify({pid: process.pid, host: os.hostname(), nonce, time: new Date().toISOString()});
	const deadline = Date.now() + timeoutMs;
	for (let attempt = 0; ; attempt++) {
		if (tryCreate(lockPath, content)) {
			return () => {
				release(lockPath, nonce);
			};
		}

		const seen = inspect(lockPath);
		if (seen && isStale(seen, staleMs) && breakStale(lockPath, seen)) {
			continue;
		}

		if (Date.now() > deadline) {
			const who = seen?.holder.pid === undefined ? 'another process' : `process ${seen.holder.pid} on ${seen.holder.host ?? 'an unknown host'}`;
			throw new ConfigError(
				`Timed out waiting for ${lockPath}, held by ${who}. If no ivs-stage-wizard is running, delete that file.`,
			);
		}

		// Short at first (saves take milliseconds), growing to 50 ms; jitter keeps waiters from moving in step.
		sleepSync(Math.min(50, 1 + attempt * 2) * (0.5 + Math.random()));
	}
}

function tryCreate(lockPath: string, content: string): boolean {
	let fd: number;
	try {
		fd = fs.openSync(lockPath, 'wx', 0o600);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') {
			return false;
		}

		if (code === 'ENOENT') {
			fs.mkdirSync(path.dirname(lockPath), {recursive: true});
			return tryCreate(lockPath, content);
		}

		throw new ConfigError(`Cannot create the lock file ${lockPath}: ${(error as Error).message}`);
	}

	try {
		fs.writeSync(fd, content);
	} finally {
		fs.closeSync(fd);
	}

	return true;
}

type Seen = {holder: Holder; identity: string; mtimeMs: number};

/** What is at the lock path now, or undefined when it has just gone. */
function inspect(lockPath: string): Seen | undefined {
	try {
		const stats = fs.statSync(lockPath);
		// Never a plain read: a FIFO at the lock path would block here for good.
		const text = readRegularFileSync(lockPath, lockFileByteLimit).toString('utf8');
		return {holder: parseHolder(text), identity: `${stats.ino}:${stats.mtimeMs}:${text}`, mtimeMs: stats.mtimeMs};
	} catch (error) {
		if (error instanceof NotRegularFileError) {
			throw new ConfigError(`The lock file ${lockPath} is a ${error.kind}, not a file this program made; remove it and try again.`);
		}

		return undefined;
	}
}

function parseHolder(text: string): Holder {
	try {
		const parsed: unknown = JSON.parse(text);
		return typeof parsed === 'object' && parsed !== null ? (parsed as Holder) : {};
	} catch {
		// Empty or half-written: its holder is between creating and writing it; only age can tell.
		return {};
	}
}

function isStale(seen: Seen, staleMs: number): boolean {
	if (Date.now() - seen.mtimeMs > staleMs) {
		return true;
	}

	const {pid, host} = seen.holder;
	return host === os.hostname() && typeof pid === 'number' && !isAlive(pid);
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** False when another process is breaking it; the caller waits as for a held lock. */
function breakStale(lockPath: string, seen: Seen): boolean {
	const breakerPath = `${lockPath}.break`;
	if (!tryCreate(breakerPath, String(process.pid))) {
		// A breaker lives for microseconds; one older than that was left by a crash.
		const breaker = inspect(breakerPath);
		if (breaker && Date.now() - breaker.mtimeMs > breakerStaleMs) {
			removeQuietly(breakerPath);
		}

		return false;
	}

	try {
		if (inspect(lockPath)?.identity === seen.identity) {
			removeQuietly(lockPath);
		}
	} finally {
		removeQuietly(breakerPath);
	}

	return true;
}

function release(lockPath: string, nonce: string): void {
	// If our lock was broken as stale and someone else holds the path now, it is theirs to remove.
	if (inspect(lockPath)?.holder.nonce === nonce) {
		removeQuietly(lockPath);
	}
}

function removeQuietly(filePath: string): void {
	try {
		fs.unlinkSync(filePath);
	} catch {
		// Already gone: the outcome wanted.
	}
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread without spinning; the store's API is synchronous. */
function sleepSync(milliseconds: number): void {
	Atomics.wait(sleepCell, 0, 0, milliseconds);
}
