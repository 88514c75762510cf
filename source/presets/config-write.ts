// The config file's write: never a file the schema or the size limit refuses, and never at the cost
// of the file that was there (issue 17; README.md says why conf's atomic write is not enough): conf
// writes a staging file, `config.json.pending`, which replaces config.json only once every byte of
// it is read back as sent and flushed. Under the config lock, so no other process writes it.
import fs from 'node:fs';
import path from 'node:path';
import type ConfType from 'conf';
import {ConfigError, UsageError} from '../basics/errors.js';
import {formatBytes} from '../basics/read-regular-file.js';
import {projectName} from '../config-folder/config-location.js';
import {requirePackage} from '../basics/require-package.js';
import {configSchemaProblems} from './check-config.js';
import {storeByteLimit} from './limits.js';
import type {ConfigData} from './types.js';

const stagingExtension = 'pending';

/** What conf writes for a store: its own default, named here so the bytes can be checked. */
function serializeConfig(data: unknown): string {
	return JSON.stringify(data, undefined, '\t');
}

/** Writes `data` as the config file, or throws (a ConfigError; a UsageError over the limit) and changes nothing. */
export function writeConfigChecked(filePath: string, data: ConfigData): void {
	const problems = configSchemaProblems(data);
	if (problems.length > 0) {
		// A bug of ours, not the user's: refuse rather than write a file the next run would move aside.
		throw new Error(`Refusing to write an invalid config file: ${problems.join('; ')}`);
	}

	const expected = Buffer.from(serializeConfig(data), 'utf8');
	// A file already past the limit (hand-made, or an older release's) may still shrink: deleting
	// presets is how it gets back under.
	if (expected.length > storeByteLimit && expected.length > (fs.statSync(filePath, {throwIfNoEntry: false})?.size ?? 0)) {
		throw new UsageError(`Cannot save: the config file ${filePath} would hold ${expected.length} bytes, over its limit of ${formatBytes(storeByteLimit)}; nothing was changed. Delete or export presets you no longer use.`);
	}

	// A config.json that is a link (kept with one's dotfiles) stays one: the file it names is replaced.
	const target = resolveLink(filePath);
	const staging = `${target}.${stagingExtension}`;
	// What a crash in the middle of an earlier write left; conf would refuse to read a broken one.
	removeStaging(staging);
	try {
		// Loaded at the first write (reads never need it), and given no `schema`: README.md says why.
		const Conf = (requirePackage('conf') as {default: typeof ConfType}).default;
		new Conf<Record<string, unknown>>({
			projectName,
			cwd: path.dirname(target),
			configName: path.basename(target),
			fileExtension: stagingExtension,
			configFileMode: 0o600,
			serialize: serializeConfig,
			// Preset names may hold dots; they are keys, not paths.
			accessPropertiesByDotNotation: false,
			// Never a silent reset (the default too): a broken file is moved aside by config-file.ts.
			clearInvalidConfig: false,
		}).store = data;
		const written = readAndFlush(staging, expected.length);
		if (!written.equals(expected)) {
			throw new Error(`only ${Math.min(written.length, expected.length)} of its ${expected.length} bytes reached the disk (is it full?)`);
		}

		fs.renameSync(staging, target);
	} catch (error) {
		removeStaging(staging);
		throw new ConfigError(`Cannot write the config file ${filePath}: ${(error as Error).message}; it was left as it was.`);
	}

	flushDirectory(path.dirname(target));
}

function resolveLink(filePath: string): string {
	try {
		return fs.lstatSync(filePath).isSymbolicLink() ? fs.realpathSync(filePath) : filePath;
	} catch {
		// Not there, or a dangling link: written as a new file in its place.
		return filePath;
	}
}

/** The staging file as it is on the disk (at most one byte past what was meant), after an fsync. */
function readAndFlush(staging: string, expectedBytes: number): Buffer {
	const fd = fs.openSync(staging, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
	try {
		const buffer = Buffer.alloc(expectedBytes + 1);
		let length = 0;
		for (let read = -1; read !== 0 && length < buffer.length; length += read) {
			read = fs.readSync(fd, buffer, length, buffer.length - length, length);
		}

		fs.fsyncSync(fd);
		return buffer.subarray(0, length);
	} finally {
		fs.closeSync(fd);
	}
}

/** The staging file and the temporary files `atomically` names after it (`…pending.tmp-<time><hex>`). */
function removeStaging(staging: string): void {
	const prefix = `${path.basename(staging)}.tmp-`;
	let names: string[] = [];
	try {
		names = fs.readdirSync(path.dirname(staging)).filter(name => name.startsWith(prefix));
	} catch {
		// No folder to read: nothing was written into it.
	}

	for (const file of [staging, ...names.map(name => path.join(path.dirname(staging), name))]) {
		fs.rmSync(file, {force: true});
	}
}

/** Makes the rename itself durable; a file system that cannot fsync a folder has nothing to flush. */
function flushDirectory(directory: string): void {
	try {
		const fd = fs.openSync(directory, fs.constants.O_RDONLY);
		try {
			fs.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}
	} catch {
		// EINVAL and the like: the rename is done, only its durability is the file system's.
	}
}
