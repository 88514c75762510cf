// The config file as a whole: read, migrated, checked against the schema, moved aside when broken,
// and written (config-write.ts) under the lock. Every read goes to the disk, so a long-running wizard
// sees what another process saved. Why the reading, the recovery and the versions are ours: README.md.
import fs from 'node:fs';
import path from 'node:path';
import {withConfigLock, type LockOptions} from '../config-folder/config-lock.js';
import {configFileName} from '../config-folder/config-location.js';
import {ConfigError} from '../basics/errors.js';
import {parseJsonText} from '../basics/nesting.js';
import {FileTooLargeError, formatBytes, NotRegularFileError, readRegularFileSync} from '../basics/read-regular-file.js';
import {isPlainObject} from '../stage/validate.js';
import {configSchemaProblems} from './check-config.js';
import {writeConfigChecked} from './config-write.js';
import {configFileByteLimit} from './limits.js';
import {migrateToCurrent} from './migrations.js';
import {currentConfigVersion} from './schema.js';
import type {ConfigData} from './types.js';

type Seen = {data: ConfigData; migrated: boolean} | {corrupt: string};

export class ConfigFile {
	readonly path: string;

	constructor(
		readonly directory: string,
		private readonly notices: string[],
		private readonly now: () => Date,
		private readonly lockOptions: LockOptions = {},
	) {
		this.path = path.join(directory, configFileName);
	}

	/** The current contents. Without the lock when the file is fine; a file to migrate or move aside takes it. */
	read(): ConfigData {
		const seen = this.#see();
		// An update that changes nothing writes only a migrated file, and moves a broken one aside.
		return 'data' in seen && !seen.migrated ? seen.data : this.update(data => data);
	}

	/** Lock, re-read, change, write: what makes two processes' saves merge instead of overwrite. */
	update<T>(change: (data: ConfigData) => T): T {
		// Presets are private settings: a folder made here is 0700 (an existing one is left as it is).
		try {
			fs.mkdirSync(this.directory, {recursive: true, mode: 0o700});
		} catch (error) {
			throw new ConfigError(`Cannot create the config folder ${this.directory}: ${(error as Error).message}`);
		}

		return withConfigLock(this.path, () => {
			const seen = this.#see();
			const {data, migrated} = 'data' in seen ? seen : {data: this.#moveAside(seen.corrupt), migrated: false};
			const before = JSON.stringify(data);
			const result = change(data);
			// A change that changed nothing (deleting a name that is not there) writes nothing.
			if (migrated || JSON.stringify(data) !== before) {
				writeConfigChecked(this.path, data);
			}

			return result;
		}, this.lockOptions);
	}

	#see(): Seen {
		let text: string;
		try {
			// Never a plain read: a FIFO here would block every run, /dev/zero would fill memory.
			text = readRegularFileSync(this.path, configFileByteLimit).toString('utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				return {data: emptyConfig(), migrated: false};
			}

			if (error instanceof NotRegularFileError || error instanceof FileTooLargeError) {
				return {corrupt: error instanceof NotRegularFileError ? `was a ${error.kind}, not a regular file` : `was larger than ${formatBytes(configFileByteLimit)}`};
			}

			throw new ConfigError(`Cannot read the config file ${this.path}: ${(error as Error).message}`);
		}

		const json = parseJsonText(text);
		if ('problem' in json) {
			return {corrupt: json.tooDeep ? `was ${json.problem}` : `was not valid JSON (${json.problem})`};
		}

		if (!isPlainObject(json.value)) {
			return {corrupt: 'did not hold a JSON object'};
		}

		if (Object.keys(json.value).length === 0) {
			// What a bare conf leaves behind: nothing saved yet.
			return {data: emptyConfig(), migrated: false};
		}

		const migration = migrateToCurrent(json.value);
		if (migration.kind === 'newer') {
			// Not corrupt: a newer release's file. Moving it aside would cost that release its presets.
			throw new ConfigError(`${this.path} was written by a newer ivs-stage-wizard (config version ${migration.version}; this one reads up to ${currentConfigVersion}). Upgrade ivs-stage-wizard, or set IVS_STAGE_WIZARD_CONFIG_DIR to another folder.`);
		}

		if (migration.kind === 'unknown') {
			return {corrupt: `could not be read as any config version: ${migration.reason}`};
		}

		const problems = configSchemaProblems(migration.data);
		if (problems.length > 0) {
			const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
			return {corrupt: `failed the schema: ${problems.slice(0, 3).join('; ')}${more}`};
		}

		return {data: migration.data as ConfigData, migrated: migration.kind === 'migrated'};
	}

	/** Never a silent reset: the broken file is kept beside the new one and the user is told where. */
	#moveAside(reason: string): ConfigData {
		const stamp = this.now().toISOString().replaceAll(':', '-');
		let target = `${this.path}.corrupt-${stamp}`;
		for (let suffix = 2; fs.existsSync(target); suffix++) {
			target = `${this.path}.corrupt-${stamp}-${suffix}`;
		}

		try {
			fs.renameSync(this.path, target);
		} catch (error) {
			throw new ConfigError(`The config file ${this.path} ${reason}, and moving it aside failed: ${(error as Error).message}`);
		}

		this.notices.push(`The config file ${this.path} ${reason}; moved it aside to ${target} and started with no presets.`);
		return emptyConfig();
	}
}

function emptyConfig(): ConfigData {
	return {version: currentConfigVersion, presets: {}};
}
