// `file://PATH` and `fileb://PATH` values, as awscli/paramfile.py loads them: the path has `~`
// and `$VAR` expanded, file:// is read as text (UTF-8, with Python's universal newlines) and
// fileb:// as bytes. Unlike the AWS CLI, only a regular file is read, and only up to the most any
// CreateStage input can need (stage/request-size.ts): `file:///dev/zero` or a FIFO is refused
// before a byte is read. Reading goes through a function the caller may replace, so tests and the
// wizard can supply files without touching the disk.
import {homedir} from 'node:os';
import {resolve} from 'node:path';
import {FileTooLargeError, formatBytes, NotRegularFileError, readRegularFileSync} from '../basics/read-regular-file.js';
import {fileValueByteLimit} from '../stage/request-size.js';

export type FileSource = {
	/** Reads a whole file; defaults to a bounded read of regular files only. Paths arrive already expanded. */
	readFile?: (path: string) => Uint8Array;
	/** For `$VAR` and `~` in paths; defaults to process.env. */
	env?: Record<string, string | undefined>;
	/** Where relative paths start; defaults to the process's working directory. */
	cwd?: string;
};

export type ParamFileContents = {kind: 'text'; text: string} | {kind: 'binary'; bytes: Uint8Array};

/** A file:// value that could not be read; the message is the AWS CLI's. */
export class ParamFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ParamFileError';
	}
}

const prefixes = [
	{prefix: 'file://', kind: 'text'},
	{prefix: 'fileb://', kind: 'binary'},
] as const;

export function isParamFileReference(value: string): boolean {
	return prefixes.some(({prefix}) => value.startsWith(prefix));
}

/** The contents a file:// or fileb:// value stands for, or undefined for any other value. */
export function readParamFile(value: string, source: FileSource = {}): ParamFileContents | undefined {
	const match = prefixes.find(({prefix}) => value.startsWith(prefix));
	if (!match) {
		return undefined;
	}

	const env = source.env ?? process.env;
	const path = expandVariables(expandUser(value.slice(match.prefix.length), env), env);
	const limit = fileValueByteLimit();
	let bytes: Uint8Array;
	try {
		bytes = (source.readFile ?? (file => readRegularFileSync(file, limit)))(source.cwd === undefined ? path : resolve(source.cwd, path));
		if (bytes.length > limit) {
			throw new FileTooLargeError(path, limit);
		}
	} catch (error) {
		throw new ParamFileError(`Unable to load paramfile ${value}: ${describeOsError(error, path)}`);
	}

	if (match.kind === 'binary') {
		return {kind: 'binary', bytes};
	}

	let text: string;
	try {
		text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes);
	} catch {
		throw new ParamFileError(`Unable to load paramfile (${path}), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.`);
	}

	// Python reads text files with universal newlines: \r\n and \r both become \n.
	return {kind: 'text', text: text.replaceAll(/\r\n?/g, '\n')};
}

/** Python's os.path.expanduser for `~` and `~/…` (not `~user`). */
function expandUser(path: string, env: Record<string, string | undefined>): string {
	if (path !== '~' && !path.startsWith('~/')) {
		return path;
	}

	const home = env.HOME ?? homedir();
	return `${home.replace(/\/$/, '')}${path.slice(1)}` || '/';
}

/** Python's os.path.expandvars: `$NAME` and `${NAME}` of set variables; others stay as written. */
function expandVariables(path: string, env: Record<string, string | undefined>): string {
	if (!path.includes('$')) {
		return path;
	}

	return path.replaceAll(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => {
		const key = name.startsWith('{') ? name.slice(1, -1) : name;
		return env[key] ?? whole;
	});
}

const errnos: Record<string, [number, string]> = {
	ENOENT: [2, 'No such file or directory'],
	EACCES: [13, 'Permission denied'],
	EPERM: [1, 'Operation not permitted'],
	EISDIR: [21, 'Is a directory'],
	ENOTDIR: [20, 'Not a directory'],
	ELOOP: [40, 'Too many levels of symbolic links'],
	ENAMETOOLONG: [36, 'File name too long'],
	EMFILE: [24, 'Too many open files'],
};

/** An OSError as Python prints it: `[Errno 2] No such file or directory: 'x.json'`. */
function describeOsError(error: unknown, path: string): string {
	if (error instanceof NotRegularFileError) {
		// A directory reads as Python's open() words it, as the AWS CLI prints it.
		return error.kind === 'directory'
			? `[Errno 21] Is a directory: '${path}'`
			: `not a regular file (a ${error.kind}): '${path}'; file:// and fileb:// read regular files only (for a pipe, give its text as the value: "$(cat)")`;
	}

	if (error instanceof FileTooLargeError) {
		return `larger than ${formatBytes(error.limitBytes)}, more than any CreateStage input can need: '${path}'`;
	}

	const code = (error as {code?: unknown} | undefined)?.code;
	const known = typeof code === 'string' ? errnos[code] : undefined;
	if (known) {
		return `[Errno ${known[0]}] ${known[1]}: '${path}'`;
	}

	return error instanceof Error ? error.message : String(error);
}
