import path from 'node:path';
import test from 'ava';
import Conf from 'conf';
import {configDirEnvName, projectName, resolveConfigDir} from '../../source/presets/config-location.js';
import {tempConfigDir} from './helpers.js';

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
