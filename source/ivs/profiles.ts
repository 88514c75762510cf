// Profiles from the shared AWS config and credentials files, as the AWS CLI sees them.
import {ConfigError} from '../basics/errors.js';

type Environment = Record<string, string | undefined>;

export type SharedProfiles = {names: string[]; regions: Record<string, string>};

export async function loadProfiles(env: Environment = process.env): Promise<SharedProfiles> {
	// Loaded when read (as aws-config.ts does): the SDK's config reader brings node:crypto (its SSO
	// token file names), ~12 ms that --version and the wizard's first frame need not pay.
	const {loadSharedConfigFiles} = await import('@smithy/core/config');
	const {configFile, credentialsFile} = await loadSharedConfigFiles({
		...(env.AWS_CONFIG_FILE ? {configFilepath: env.AWS_CONFIG_FILE} : {}),
		...(env.AWS_SHARED_CREDENTIALS_FILE ? {filepath: env.AWS_SHARED_CREDENTIALS_FILE} : {}),
	});
	const names = [...new Set([...Object.keys(configFile), ...Object.keys(credentialsFile)])].sort();
	const regions: Record<string, string> = {};
	for (const name of names) {
		const region = configFile[name]?.region;
		if (region) {
			regions[name] = region;
		}
	}

	return {names, regions};
}

/** The AWS CLI refuses a named profile that neither file has before it sends anything. */
export async function assertProfileExists(profile: string, env: Environment = process.env): Promise<void> {
	const {names} = await loadProfiles(env);
	if (!names.includes(profile)) {
		throw new ConfigError(`The config profile (${profile}) could not be found`);
	}
}
