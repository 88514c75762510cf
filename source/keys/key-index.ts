// `keys.json` in the keys folder: for each key this tool made, the public key's ARN and region
// (and the endpoint, for a key imported into an emulator), so the private key file can be named
// for the key alone. Nothing secret is in it, but it is 0600 like its folder's files. Writers take
// the config folder's lock (../config-folder/config-lock.ts) and re-read before writing, so two
// `keys create` at once both land. The file is read to a limit and every entry checked: a broken one is one line (253).
import {randomBytes} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {ConfigError} from '../basics/errors.js';
import {withConfigLock} from '../config-folder/config-lock.js';
import {FileTooLargeError, NotRegularFileError, readRegularFileSync} from '../basics/read-regular-file.js';
import {isKeyName} from './key-name.js';

export type KeyEntry = {
	name: string;
	arn: string;
	region: string;
	createdAt: string;
	/** Where it was imported when not the region's own endpoint (an emulator). */
	endpointUrl?: string;
};

export const keyIndexFileName = 'keys.json';
/** Thousands of entries; the service allows a handful of keys a region. */
const indexByteLimit = 1024 * 1024;
const publicKeyArnPattern = /^arn:aws[a-z-]*:ivs:[a-z\d-]+:\d+:public-key\/[a-zA-Z\d-]+$/;
const regionPattern = /^[a-z]{2}(-[a-z]+)+-\d$/;

export function keyIndexPath(folder: string): string {
	return path.join(folder, keyIndexFileName);
}

export function readKeyIndex(folder: string): KeyEntry[] {
	const file = keyIndexPath(folder);
	let text: string;
	try {
		text = readRegularFileSync(file, indexByteLimit).toString('utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return [];
		}

		if (error instanceof NotRegularFileError || error instanceof FileTooLargeError) {
			throw new ConfigError(`The key index ${file}: ${error.message}`);
		}

		throw new ConfigError(`Cannot read the key index ${file}: ${(error as Error).message}`);
	}

	return parseKeyIndex(text, file);
}

function parseKeyIndex(text: string, file: string): KeyEntry[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw new ConfigError(`The key index ${file} is not JSON; move it aside to start a new one (the .pem files stay usable once re-imported)`);
	}

	const keys = (parsed as {keys?: unknown} | null)?.keys;
	if ((parsed as {version?: unknown} | null)?.version !== 1 || !Array.isArray(keys)) {
		throw new ConfigError(`The key index ${file} is not version 1 with a list of keys`);
	}

	return keys.map((entry: unknown, index) => {
		const problem = entryProblem(entry);
		if (problem) {
			throw new ConfigError(`The key index ${file}: keys[${index}] ${problem}`);
		}

		const {name, arn, region, createdAt, endpointUrl} = entry as KeyEntry;
		return {name, arn, region, createdAt, ...(endpointUrl === undefined ? {} : {endpointUrl})};
	});
}

function entryProblem(entry: unknown): string | undefined {
	if (typeof entry !== 'object' || entry === null) {
		return 'is not an object';
	}

	const {name, arn, region, createdAt, endpointUrl} = entry as Record<string, unknown>;
	if (typeof name !== 'string' || !isKeyName(name)) {
		return 'has no valid name';
	}

	if (typeof arn !== 'string' || !publicKeyArnPattern.test(arn)) {
		return 'has no valid public key ARN';
	}

	if (typeof region !== 'string' || !regionPattern.test(region)) {
		return 'has no valid region';
	}

	if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
		return 'has no valid createdAt';
	}

	if (endpointUrl !== undefined && (typeof endpointUrl !== 'string' || endpointUrl.length > 2048)) {
		return 'has an endpointUrl that is not text';
	}

	return undefined;
}

/** Reads, changes and writes the index under the lock; the change sees the latest file. */
export function updateKeyIndex(folder: string, change: (entries: KeyEntry[]) => KeyEntry[]): void {
	const file = keyIndexPath(folder);
	withConfigLock(file, () => {
		writeKeyIndex(file, change(readKeyIndex(folder)));
	});
}

/** Whole or not at all: written beside, flushed, renamed over the old one. */
function writeKeyIndex(file: string, entries: readonly KeyEntry[]): void {
	const text = `${JSON.stringify({version: 1, keys: entries}, undefined, '\t')}\n`;
	const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		const fd = fs.openSync(temporary, 'wx', 0o600);
		try {
			fs.writeFileSync(fd, text);
			fs.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}

		fs.renameSync(temporary, file);
	} catch (error) {
		fs.rmSync(temporary, {force: true});
		throw new ConfigError(`Cannot write the key index ${file}: ${(error as Error).message}`);
	}
}
