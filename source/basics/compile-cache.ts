// V8's code cache on disk (Node ≥ 22.1) roughly halves the cost of loading our modules and the
// SDK's on every run after the first. Node's own default folder is node-compile-cache in the
// shared temp folder, where another user can make that folder first and plant cache entries that
// then run as whoever starts this program (root included). So the cache lives in the user's own
// cache folder (env-paths' naming, as the presets folder: ~/.cache/ivs-stage-wizard-nodejs), and
// only when nobody else can write to it or to any folder above it. It is only a cache: when the
// folder is not safe it is simply not used. The bin calls this first thing, so it uses sync calls
// and builtins only (esbuild inlines this module into the bin).
import fs from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

const folderName = 'ivs-stage-wizard-nodejs';

/** Where env-paths puts the cache folder for `ivs-stage-wizard` (suffix nodejs), plus compile-cache. */
export function compileCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = os.homedir()): string | undefined {
	let cache: string | undefined;
	if (platform === 'darwin') {
		cache = path.join(home, 'Library', 'Caches', folderName);
	} else if (platform === 'win32') {
		cache = path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), folderName, 'Cache');
	} else {
		// The XDG spec says a relative XDG_CACHE_HOME is to be ignored.
		const xdg = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(home, '.cache');
		cache = path.join(xdg, folderName);
	}

	// An empty HOME gives a relative path: a cache under the current folder is nobody's own.
	return path.isAbsolute(cache) ? path.join(cache, 'compile-cache') : undefined;
}

/** Why the folder is not safe for code that will run as this user, or undefined when it is. */
export function unsafeCacheReason(directory: string, uid: number): string | undefined {
	const own = fs.lstatSync(directory);
	if (own.isSymbolicLink()) {
		return `${directory} is a symbolic link`;
	}

	if (!own.isDirectory()) {
		return `${directory} is not a folder`;
	}

	if (own.uid !== uid) {
		return `${directory} belongs to uid ${own.uid}, not to you (uid ${uid})`;
	}

	if ((own.mode & 0o022) !== 0) {
		return `${directory} can be written by others (mode ${(own.mode & 0o777).toString(8)})`;
	}

	// Whoever can write to a folder above can swap the whole chain: each must be yours or root's,
	// and writable by nobody else unless sticky (as /tmp, where others cannot move your entries).
	let folder = fs.realpathSync.native(directory);
	while (path.dirname(folder) !== folder) {
		folder = path.dirname(folder);
		const stat = fs.lstatSync(folder);
		if (stat.uid !== uid && stat.uid !== 0) {
			return `${folder} belongs to uid ${stat.uid}`;
		}

		if ((stat.mode & 0o022) !== 0 && (stat.mode & 0o1000) === 0) {
			return `${folder} can be written by others (mode ${(stat.mode & 0o777).toString(8)})`;
		}
	}

	return undefined;
}

/** Turns the cache on in the user's own folder; says why not when it stays off. */
export function enableOwnCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (!module.enableCompileCache) {
		return 'this Node has no compile cache';
	}

	const directory = compileCacheDir(env);
	if (!directory) {
		return 'no home folder to keep it in';
	}

	try {
		if (process.platform !== 'win32') {
			fs.mkdirSync(directory, {recursive: true, mode: 0o700});
			const reason = unsafeCacheReason(directory, process.getuid!());
			if (reason) {
				return reason;
			}
		}

		module.enableCompileCache(directory);
		return undefined;
	} catch (error) {
		return (error as Error).message;
	}
}
