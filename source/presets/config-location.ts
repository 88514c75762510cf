// Where the config file lives: IVS_STAGE_WIZARD_CONFIG_DIR when set (tests, or a team's shared
// folder), else the folder conf picks for projectName `ivs-stage-wizard`, asked of env-paths with
// conf's own arguments, as conf asks it. conf itself cannot be asked: its constructor reads the file
// (and hangs on a FIFO, throws on broken JSON), and the store must look at the file first.
// test/presets/config-location.test.ts checks the answer against conf's.
import path from 'node:path';
import envPaths from 'env-paths';

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
	return envPaths(projectName, {suffix: 'nodejs'}).config;
}
