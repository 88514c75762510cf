// The profile's settings that are checked before anything is sent: what the AWS CLI itself reads
// (output, cli_pager) and what the SDK would read on its own once the request is under way
// (region, endpoint_url, a services section's ivs_realtime endpoint_url), so a bad value is
// refused before the stage exists rather than after.
export type ProfileCliSettings = {
	/** The profile these came from. */
	name: string;
	output?: string;
	cliPager?: string;
	region?: string;
	/** The endpoint the SDK would take from the config file, and the key that set it. */
	endpointUrl?: {value: string; source: string};
	ignoreConfiguredEndpointUrls?: boolean;
};

export async function loadProfileCliSettings(profile: string | undefined, env: NodeJS.ProcessEnv): Promise<ProfileCliSettings> {
	const name = profile ?? env.AWS_PROFILE ?? 'default';
	// Loaded when read, as ../ivs/profiles.ts says why (node:crypto); the SDK needs it next anyway.
	const {loadSharedConfigFiles} = await import('@smithy/core/config');
	try {
		const {configFile} = await loadSharedConfigFiles({
			...(env.AWS_CONFIG_FILE ? {configFilepath: env.AWS_CONFIG_FILE} : {}),
			...(env.AWS_SHARED_CREDENTIALS_FILE ? {filepath: env.AWS_SHARED_CREDENTIALS_FILE} : {}),
		});
		const section = configFile[name] ?? {};
		return {
			name,
			...(section.output ? {output: section.output} : {}),
			...(section.cli_pager === undefined ? {} : {cliPager: section.cli_pager}),
			...(section.region ? {region: section.region} : {}),
			...configuredEndpoint(name, section, configFile),
			...(section.ignore_configured_endpoint_urls?.trim().toLowerCase() === 'true' ? {ignoreConfiguredEndpointUrls: true} : {}),
		};
	} catch {
		return {name};
	}
}

type Section = Record<string, string | undefined>;

/** As the SDK's getEndpointUrlConfig reads it: the services section first, then the profile. */
function configuredEndpoint(name: string, section: Section, configFile: Record<string, Section>): Pick<ProfileCliSettings, 'endpointUrl'> {
	if (section.services) {
		const services = configFile[`services.${section.services}`];
		const value = services?.['ivs_realtime.endpoint_url'];
		if (value) {
			return {endpointUrl: {value, source: `ivs_realtime endpoint_url of services ${section.services}`}};
		}
	}

	return section.endpoint_url ? {endpointUrl: {value: section.endpoint_url, source: `endpoint_url of profile ${name}`}} : {};
}
