// Files the environment points the client at: the shared AWS config and credentials files (which
// the SDK reads itself, and would read forever from a FIFO or /dev/zero) and the CA bundle. Each is
// checked to be a regular file of a sane size before anything reads it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {ConfigError} from '../basics/errors.js';
import {systemErrorReason} from '../basics/system-error-reason.js';
import {checkRegularFileIfPresent, FileTooLargeError, formatBytes, NotRegularFileError, readRegularFileSync} from '../basics/read-regular-file.js';

/** Far above any real AWS config file or CA bundle (Mozilla's whole bundle is about 220 KB). */
export const settingsFileByteLimit = 16 * 1024 * 1024;

type Environment = Record<string, string | undefined>;

/** The config and credentials files the SDK will read, as it finds them (`~/` expanded). */
export function awsConfigFiles(env: Environment): Array<{path: string; source: string}> {
	const home = env.HOME || os.homedir();
	const expand = (file: string) => (file.startsWith('~/') ? path.join(home, file.slice(2)) : file);
	return [
		{path: expand(env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config')), source: env.AWS_CONFIG_FILE ? 'AWS_CONFIG_FILE' : 'the AWS config file'},
		{path: expand(env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials')), source: env.AWS_SHARED_CREDENTIALS_FILE ? 'AWS_SHARED_CREDENTIALS_FILE' : 'the AWS credentials file'},
	];
}

/**
 * Throws ConfigError (253) when a config or credentials file is a FIFO, a device, a directory or
 * huge. /dev/null stays allowed: `AWS_SHARED_CREDENTIALS_FILE=/dev/null` is how scripts say "none".
 */
export function checkAwsConfigFiles(env: Environment): void {
	for (const file of awsConfigFiles(env)) {
		if (isNullDevice(file.path)) {
			continue;
		}

		try {
			checkRegularFileIfPresent(file.path, settingsFileByteLimit);
		} catch (error) {
			throw new ConfigError(`Unable to parse config file: ${file.path} (${file.source}): ${describeFileProblem(error)}`);
		}
	}
}

/** The CA bundle's bytes: a regular file, of a sane size, holding at least one PEM certificate. */
export function readCaBundle(file: string): Buffer {
	let bytes: Buffer;
	try {
		bytes = readRegularFileSync(file, settingsFileByteLimit);
	} catch (error) {
		throw new ConfigError(`Cannot read the CA bundle ${file}: ${describeFileProblem(error)}`);
	}

	if (!bytes.includes('-----BEGIN CERTIFICATE-----')) {
		throw new ConfigError(`Cannot read the CA bundle ${file}: it holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
	}

	return bytes;
}

function isNullDevice(file: string): boolean {
	try {
		return fs.realpathSync(file) === '/dev/null';
	} catch {
		return false;
	}
}

export function describeFileProblem(error: unknown): string {
	if (error instanceof NotRegularFileError) {
		return `it is a ${error.kind}, not a regular file`;
	}

	if (error instanceof FileTooLargeError) {
		return `it is larger than ${formatBytes(error.limitBytes)}`;
	}

	return systemErrorReason(error);
}
