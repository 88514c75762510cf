// Where keys live: `keys/` in the tool's config folder (beside the presets' config.json), made
// 0700. It holds private keys, so a folder that is a link, is not the user's, or that others may
// write to (and so swap a key file under us) is refused rather than used (253).
import fs from 'node:fs';
import path from 'node:path';
import {ConfigError} from '../basics/errors.js';
import {resolveConfigDir} from '../config-folder/config-location.js';
import {kindOf} from '../basics/read-regular-file.js';

export const keysFolderName = 'keys';

export function keysFolderPath(env: NodeJS.ProcessEnv): string {
	return path.join(resolveConfigDir(env), keysFolderName);
}

/** The folder, made if missing (0700 from the start), and checked; its path. */
export function openKeysFolder(env: NodeJS.ProcessEnv, {create}: {create: boolean}): string {
	const folder = keysFolderPath(env);
	if (create) {
		try {
			fs.mkdirSync(path.dirname(folder), {recursive: true, mode: 0o700});
			fs.mkdirSync(folder, {mode: 0o700});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
				throw new ConfigError(`Cannot make the keys folder ${folder}: ${(error as Error).message}`);
			}
		}
	}

	checkKeysFolder(folder);
	return folder;
}

function checkKeysFolder(folder: string): void {
	const stat = fs.lstatSync(folder, {throwIfNoEntry: false});
	if (!stat) {
		return;
	}

	if (!stat.isDirectory()) {
		throw new ConfigError(`The keys folder ${folder} is a ${kindOf(stat) ?? 'file'}, not a folder; move it away and try again`);
	}

	const uid = process.getuid?.();
	if (uid !== undefined && stat.uid !== uid) {
		throw new ConfigError(`The keys folder ${folder} belongs to another user (uid ${stat.uid}); it must be yours`);
	}

	if ((stat.mode & 0o022) !== 0) {
		throw new ConfigError(`The keys folder ${folder} can be written by others (mode ${(stat.mode & 0o777).toString(8)}); run chmod 700 on it`);
	}
}
