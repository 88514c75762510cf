import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import Conf from 'conf';
import {configDirEnvName, projectName, resolveConfigDir} from '../../source/config-folder/config-location.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {exitCodes} from '../../source/basics/errors.js';
import {tempConfigDir} from '../presets/helpers.js';

test('without the environment variable, the folder is the one conf picks for the project', t => {
	// conf (through env-paths) reads XDG_CONFIG_HOME from process.env; point it at a temp folder so
	// constructing conf here creates nothing in the real home.
	const saved = process.env.XDG_CONFIG_HOME;
	const xdg = tempConfigDir(t);
	process.env.XDG_CONFIG_HOME = xdg;
	t.teardown(() => {
		if (saved === undefined) {
			delete process.env.XDG_CONFIG_HOME;
		} else {
			process.env.XDG_CONFIG_HOME = saved;
		}
	});
	if (process.platform === 'linux') {
		t.is(resolveConfigDir({}), path.join(xdg, 'ivs-stage-wizard-nodejs'));
	}

	const confDir = path.dirname(new Conf({projectName, configName: 'location-probe'}).path);
	t.is(resolveConfigDir({}), confDir);
	t.is(resolveConfigDir({[configDirEnvName]: ''}), confDir);
});

test('IVS_STAGE_WIZARD_CONFIG_DIR replaces the folder, resolved to an absolute path', t => {
	t.is(configDirEnvName, 'IVS_STAGE_WIZARD_CONFIG_DIR');
	t.is(resolveConfigDir({IVS_STAGE_WIZARD_CONFIG_DIR: 'rel/dir'}), path.resolve('rel/dir'));
});

/** The bin, run in a fresh folder with HOME and XDG_CONFIG_HOME as given (unset when undefined). */
async function runIn(t: Parameters<typeof tempConfigDir>[0], argv: string[], home: string, xdg: string | undefined) {
	const cwd = tempConfigDir(t);
	const env = cleanEnv({HOME: home});
	delete env[configDirEnvName];
	delete env.XDG_CONFIG_HOME;
	if (xdg !== undefined) {
		env.XDG_CONFIG_HOME = xdg;
	}

	return {cwd, result: await runCli(argv, {env, cwd})};
}

test('an empty HOME is one line and 253, and no presets land in the current folder', async t => {
	const {cwd, result} = await runIn(t, ['presets', 'save', 'weekly', '--name', 'show'], '', undefined);
	t.deepEqual(result, {
		code: exitCodes.config,
		signal: null,
		stdout: '',
		stderr: 'Cannot find the folder for presets: HOME is empty. Set HOME to your home folder, or IVS_STAGE_WIZARD_CONFIG_DIR to a folder for presets.\n',
	});
	t.deepEqual(fs.readdirSync(cwd), []);
});

test('a relative XDG_CONFIG_HOME is ignored, as the XDG spec says: presets go under HOME/.config', async t => {
	const home = tempConfigDir(t);
	const {cwd, result} = await runIn(t, ['presets', 'save', 'weekly', '--name', 'show'], home, 'relative/config');
	t.is(result.code, exitCodes.ok, result.stderr);
	t.deepEqual(fs.readdirSync(cwd), []);
	t.true(fs.existsSync(path.join(home, '.config', 'ivs-stage-wizard-nodejs', 'config.json')));
});
