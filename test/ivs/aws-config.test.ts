import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {ivsRealTimeRegions, loadAwsConfig, regionChoices} from '../../source/ivs/aws-config.js';

test('profiles and their regions come from the AWS config and credentials files', async t => {
	const dir = mkdtempSync(path.join(tmpdir(), 'aws-config-'));
	const config = path.join(dir, 'config');
	const credentials = path.join(dir, 'credentials');
	writeFileSync(config, '[default]\nregion = us-west-2\n[profile work]\nregion = eu-west-1\n[profile ci]\noutput = json\n[sso-session corp]\nsso_region = us-east-1\n');
	writeFileSync(credentials, '[default]\naws_access_key_id = test\n[only-keys]\naws_access_key_id = test\n');
	// Each test file runs in its own worker, so the environment change stays here.
	process.env.AWS_CONFIG_FILE = config;
	process.env.AWS_SHARED_CREDENTIALS_FILE = credentials;
	const loaded = await loadAwsConfig();
	t.deepEqual(loaded.profiles, ['default', 'ci', 'only-keys', 'work']);
	t.deepEqual(loaded.regionOf, {default: 'us-west-2', work: 'eu-west-1'});
});

test('regions: IVS Real-Time’s own first, then any other the config or the command line names', t => {
	t.deepEqual(regionChoices(undefined, undefined), [...ivsRealTimeRegions]);
	t.deepEqual(regionChoices({profiles: [], regionOf: {x: 'sa-east-1'}}, 'us-east-1').slice(-1), ['sa-east-1']);
	t.is(ivsRealTimeRegions.length, 7);
});
