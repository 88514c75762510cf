// Where the config file lives: IVS_STAGE_WIZARD_CONFIG_DIR when set (tests, or a team's shared
// folder), else the folder conf picks for projectName `ivs-stage-wizard`. That default is computed
// here rather than by constructing conf, because conf's constructor parses the file and throws on a
// corrupt one, and the store must find the file before it can move it aside. The rule is env-paths'
// (conf's own), `<name>-nodejs` included; test/presets/config-location.test.ts checks it against
// conf's own answer.
import os from 'node:os';
import path from 'node:path';

export const projectName = 'ivs-stage-wizard';
export const configDirEnvName = 'IVS_STAGE_WIZARD_CONFIG_DIR';
export const configFileName = 'config.json';

export function resolveConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
	const override = env[configDirEnvName];
	if (override !== undefined && override !== '') {
		return path.resolve(override);
	}

	const name = `${projectName}-nodejs`;
	const home = os.homedir();
	if (platform === 'darwin') {
		return path.join(home, 'Library', 'Preferences', name);
	}

	if (platform === 'win32') {
		return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), name, 'Config');
	}

	return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), name);
}
