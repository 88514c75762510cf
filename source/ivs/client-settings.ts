// How the IVS client is reached: the AWS CLI's global options, resolved with the same precedence
// the AWS CLI uses (option, then environment, then the profile, which the SDK reads itself).
export type StaticCredentials = {accessKeyId: string; secretAccessKey: string; sessionToken?: string};

export type ClientSettings = {
	region?: string;
	profile?: string;
	endpointUrl?: string;
	verifySsl: boolean;
	caBundle?: string;
	/** Seconds; 0 means no timeout. */
	readTimeoutSeconds: number;
	/** Seconds; 0 means no timeout. */
	connectTimeoutSeconds: number;
	signRequest: boolean;
	debug: boolean;
	/** Set by --sandbox: the emulator's own key pair instead of the provider chain. */
	credentials?: StaticCredentials;
	maxAttempts?: number;
};

/** Where the client goes, as the wizard lets the user choose it over what the command line resolved. */
export type Connection = Pick<ClientSettings, 'profile' | 'region' | 'endpointUrl'>;

export const defaultClientSettings: ClientSettings = {
	verifySsl: true,
	readTimeoutSeconds: 60,
	connectTimeoutSeconds: 60,
	signRequest: true,
	debug: false,
};

type Environment = Record<string, string | undefined>;

function nonEmpty(value: string | undefined): string | undefined {
	return value === undefined || value === '' ? undefined : value;
}

/** Fills what the command line left open from the environment, as the AWS CLI does. */
export function resolveClientSettings(settings: Partial<ClientSettings>, env: Environment = process.env): ClientSettings {
	return {
		...defaultClientSettings,
		...settings,
		region: nonEmpty(settings.region) ?? nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION),
		profile: nonEmpty(settings.profile) ?? nonEmpty(env.AWS_PROFILE),
		endpointUrl:
			nonEmpty(settings.endpointUrl) ?? nonEmpty(env.AWS_ENDPOINT_URL_IVS_REALTIME) ?? nonEmpty(env.AWS_ENDPOINT_URL),
		caBundle: nonEmpty(settings.caBundle) ?? nonEmpty(env.AWS_CA_BUNDLE),
	};
}
