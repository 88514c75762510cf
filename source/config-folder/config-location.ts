// Where the tool's config folder is (presets' config.json, recent-stages.json, keys/):
// IVS_STAGE_WIZARD_CONFIG_DIR when set (tests, or a team's shared
// folder), else the folder conf picks for projectName `ivs-stage-wizard`, asked of env-paths with
// conf's own arguments, as conf asks it. conf itself cannot be asked: its constructor reads the file
// (and hangs on a FIFO, throws on broken JSON), and the store must look at the file first.
// test/config-folder/config-location.test.ts checks the answer against conf's.
//
// Where env-paths would answer with a relative folder (presets saved under whatever folder the
// command runs in), it is not taken: a relative XDG_CONFIG_HOME is ignored, as the XDG Base
// Directory spec says ("If an implementation encounters a relative path in any of these variables
// it should consider the path invalid and ignore it"), and with no absolute home there is no
// folder to fall back on, so that is a config error (253).
import os from 'node:os';
import path from 'node:path';
import envPaths from 'env-paths';
import {ConfigError} from '../basics/errors.js';

export const projectName = 'ivs-stage-wizard';
export const configDirEnvName = 'IVS_STAGE_WIZARD_CONFIG_DIR';
export const configFileName = 'config.json';

/** env-paths reads XDG_CONFIG_HOME and APPDATA from process.env, as conf does. */
export function resolveConfigDir(env: NodeJS.ProcessEnv = process.env): string {
	const override = env[configDirEnvName];
	if (override !== undefined && override !== '') {
		return path.resolve(override);
	}

	// `nodejs` is conf's projectSuffix, which it passes to env-paths.
	const {config} = envPaths(projectName, {suffix: 'nodejs'});
	if (path.isAbsolute(config)) {
		return config;
	}

	const home = os.homedir();
	const xdg = process.env.XDG_CONFIG_HOME;
	if (process.platform === 'linux' && xdg !== undefined && xdg !== '' && !path.isAbsolute(xdg) && path.isAbsolute(home)) {
		return path.join(home, '.config', `${projectName}-nodejs`);
	}

	const variable = process.platform === 'win32' ? 'APPDATA' : 'HOME';
	const value = process.env[variable];
	const what = value === undefined || value === '' ? `${variable} is empty` : `${variable} is not an absolute path (${JSON.stringify(value)})`;
	throw new ConfigError(`Cannot find the folder for presets: ${what}. Set ${variable} to your home folder, or ${configDirEnvName} to a folder for presets.`);
}
