// --state FILE: the state survives restarts. Every write goes to a temporary file in the same
// folder (mode 0600), is flushed to disk, then renamed over FILE, so a crash mid-write leaves the
// previous state whole. Writes are coalesced: a burst of changes costs one or two writes, not one
// per request, and close() waits for the last one. A write that fails (a full disk) removes its
// temporary file and is reported once; the emulator keeps serving and tries again at each change.
import {randomBytes} from 'node:crypto';
import {open, rename, unlink} from 'node:fs/promises';
import {jsonTextNestsTooDeeply, nestingMessage} from '../basics/nesting.js';
import {readRegularFileSync} from '../basics/read-regular-file.js';
import {stateProblem} from './state-shape.js';
import {stateVersion, type StateSnapshot} from './store.js';

/** Far above any real state: the quota allows 100 stages a region; --no-limits states stay well under. */
export const stateFileByteLimit = 256 * 1024 * 1024;

export async function readStateFile(path: string): Promise<StateSnapshot | undefined> {
	let text: string;
	try {
		// Read once at start: a FIFO or device named by --state is refused, not waited on.
		text = readRegularFileSync(path, stateFileByteLimit).toString('utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return undefined;
		}

		throw new Error(`Cannot read the emulator state ${path}: ${(error as Error).message}`, {cause: error});
	}

	if (jsonTextNestsTooDeeply(text)) {
		throw new Error(`The emulator state ${path} is not valid JSON (${nestingMessage}); move it away to start afresh`);
	}

	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw new Error(`The emulator state ${path} is not valid JSON; move it away to start afresh`);
	}

	const snapshot = migrated(parsed);
	if (!snapshot) {
		throw new Error(`The emulator state ${path} is not a version 1 or ${stateVersion} emulator state; move it away to start afresh`);
	}

	const problem = stateProblem(snapshot);
	if (problem !== undefined) {
		throw new Error(`The emulator state ${path} is damaged: ${problem}; move it away to start afresh`);
	}

	return snapshot;
}

const version1Lists = ['stages', 'sessions', 'participants', 'tokens', 'storageConfigurations'] as const;
const version2Lists = [...version1Lists, 'publicKeys', 'participantEvents'] as const;

/**
 * The state as this release keeps it, or undefined for something that is not an emulator state.
 * Version 1 predates public keys and participant events: it reads as version 2 with none.
 */
function migrated(value: unknown): (StateSnapshot & Record<string, unknown>) | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return undefined;
	}

	const snapshot = value as Record<string, unknown>;
	if (typeof snapshot.seq !== 'number') {
		return undefined;
	}

	if (snapshot.version === 1 && version1Lists.every(key => Array.isArray(snapshot[key]))) {
		return {...snapshot, version: stateVersion, publicKeys: [], participantEvents: []} as unknown as StateSnapshot & Record<string, unknown>;
	}

	return snapshot.version === stateVersion && version2Lists.every(key => Array.isArray(snapshot[key]))
		? snapshot as StateSnapshot & Record<string, unknown>
		: undefined;
}

export async function writeStateFile(path: string, snapshot: StateSnapshot): Promise<void> {
	const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	const file = await open(temporary, 'wx', 0o600);
	try {
		try {
			await file.writeFile(`${JSON.stringify(snapshot, undefined, '\t')}\n`, 'utf8');
			await file.sync();
		} finally {
			await file.close();
		}

		await rename(temporary, path);
	} catch (error) {
		// A full disk fails the write or the sync; whatever failed, the half-written copy goes, or
		// every later try would leave one more beside the state.
		await unlink(temporary).catch(() => undefined);
		throw error;
	}
}

export class StateWriter {
	private writing: Promise<void> | undefined;
	private pending = false;
	private lastError: Error | undefined;
	/** Whether the last write failed: a failure is reported once, not at every change after it. */
	private failing = false;

	constructor(
		private readonly path: string,
		private readonly snapshot: () => StateSnapshot,
		private readonly onError: (error: Error) => void = () => undefined,
	) {}

	/** Asks for a write; returns at once. */
	schedule(): void {
		this.pending = true;
		this.writing ??= this.drain();
	}

	/** Resolves once everything asked for so far is on disk. */
	async flush(): Promise<void> {
		while (this.writing) {
			// a write may schedule another behind it
			await this.writing;
		}

		if (this.lastError) {
			const error = this.lastError;
			this.lastError = undefined;
			throw error;
		}
	}

	private async drain(): Promise<void> {
		try {
			while (this.pending) {
				this.pending = false;
				try {
					// one write at a time, always the newest state
					await writeStateFile(this.path, this.snapshot());
					this.failing = false;
				} catch (error) {
					this.lastError = error as Error;
					if (!this.failing) {
						this.onError(error as Error);
					}

					this.failing = true;
				}
			}
		} finally {
			this.writing = undefined;
		}
	}
}
