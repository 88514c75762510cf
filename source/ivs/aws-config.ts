// Profiles and their regions from the AWS config and credentials files, read the way the SDK reads
// them (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, ~/.aws), so the wizard's start (in either
// mode) offers exactly the profiles the client will accept.

/** The regions where IVS Real-Time runs. */
export const ivsRealTimeRegions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2'] as const;

export type AwsConfig = {profiles: string[]; regionOf: Record<string, string>};

export async function loadAwsConfig(): Promise<AwsConfig> {
	// @smithy/shared-ini-file-loader now lives in @smithy/core, which the SDK already brings.
	const {loadSharedConfigFiles} = await import('@smithy/core/config');
	const {configFile, credentialsFile} = await loadSharedConfigFiles({ignoreCache: true});
	const regionOf: Record<string, string> = {};
	for (const [name, section] of Object.entries(configFile)) {
		if (typeof section.region === 'string' && section.region !== '') {
			regionOf[name] = section.region;
		}
	}

	const profiles = [...new Set([...Object.keys(configFile), ...Object.keys(credentialsFile)])]
		// The SDK files sso-session and services sections under prefixed names; they are not profiles.
		.filter(name => !name.includes('.') || !/^(sso-session|services)\./.test(name))
		.sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b, 'en')));
	return {profiles, regionOf};
}

/** The regions to offer: IVS Real-Time's, then any other the config names (typed by hand). */
export function regionChoices(config: AwsConfig | undefined, current: string | undefined): string[] {
	const extra = [current, ...Object.values(config?.regionOf ?? {})].filter((region): region is string => Boolean(region));
	return [...new Set<string>([...ivsRealTimeRegions, ...extra])];
}
