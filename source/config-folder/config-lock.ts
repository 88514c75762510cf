// Processes saving a file of the config folder at the same moment (presets' config.json, keys'
// keys.json) take turns at read → merge → write (conf writes atomically but, as its readme says,
// does not support several writers). The lock is proper-lockfile's: a `<file>.lock` folder made
// with mkdir (atomic everywhere, NFS included), judged stale by its age, removed when the process
// exits. What is ours is the wait: the callers' APIs are synchronous, as conf's is, and
// proper-lockfile's lockSync takes one try ("Cannot use retries with the sync api"), so the tries
// are spaced here with a blocking sleep. A save holds the lock for a read and a write of a small
// file, a few milliseconds.
import fs from 'node:fs';
import type {lockSync as LockSync} from 'proper-lockfile';
import {requirePackage} from '../basics/require-package.js';
import {ConfigError} from '../basics/errors.js';
import {kindOf} from '../basics/read-regular-file.js';

export type LockOptions = {
	/** Give up after this long (default 15 s, past the stale age: a lock left by a crash is broken first). */
	timeoutMs?: number;
	/** A lock older than this was left by a process that died mid-save (default 10 s, proper-lockfile's own). */
	staleMs?: number;
};

/** Runs `action` holding the lock of the file at `filePath` (at `${filePath}.lock`). */
export function withConfigLock<T>(filePath: string, action: () => T, options: LockOptions = {}): T {
	const lockPath = `${filePath}.lock`;
	const deadline = Date.now() + (options.timeoutMs ?? 15_000);
	const lockSync = loadLockSync();
	for (let attempt = 0; ; attempt++) {
		let release: () => void;
		try {
			release = lockSync(filePath, {lockfilePath: lockPath, realpath: false, stale: options.staleMs ?? 10_000, fs});
		} catch (error) {
			refuseForeignLock(lockPath, error);
			if (Date.now() > deadline) {
				throw new ConfigError(`Timed out waiting for ${lockPath}, held by another ivs-stage-wizard. If none is running, delete it.`);
			}

			// Short at first (saves take milliseconds), growing to 50 ms; jitter keeps waiters from moving in step.
			sleepSync(Math.min(50, 1 + attempt * 2) * (0.5 + Math.random()));
			continue;
		}

		try {
			return action();
		} finally {
			release();
		}
	}
}

/** What is not "held": something else at the lock path, or an error that waiting will not cure. */
function refuseForeignLock(lockPath: string, error: unknown): void {
	const stat = fs.lstatSync(lockPath, {throwIfNoEntry: false});
	// A file is what releases before this one used as the lock: it is held for milliseconds, so wait.
	const kind = stat && !stat.isFile() ? kindOf(stat) : undefined;
	if (kind !== undefined && kind !== 'directory') {
		throw new ConfigError(`The lock file ${lockPath} is a ${kind}, not a file this program made; remove it and try again.`);
	}

	const code = (error as NodeJS.ErrnoException).code;
	// ENOENT: the holder released between our mkdir and our look at it; ENOTDIR: an old-style lock file judged stale.
	if (code !== 'ELOCKED' && code !== 'ENOENT' && code !== 'ENOTDIR') {
		throw new ConfigError(`Cannot take the lock ${lockPath}: ${(error as Error).message}`);
	}
}

// proper-lockfile (with graceful-fs and signal-exit) is loaded at the first write, as conf is:
// a run that only reads presets never needs it.
let loaded: typeof LockSync | undefined;

function loadLockSync(): typeof LockSync {
	loaded ??= (requirePackage('proper-lockfile') as {lockSync: typeof LockSync}).lockSync;
	return loaded;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread without spinning, between two tries. */
function sleepSync(milliseconds: number): void {
	Atomics.wait(sleepCell, 0, 0, milliseconds);
}
