// How the IVS client is reached: the AWS CLI's global options, resolved with the same precedence
// the AWS CLI uses (option, then environment, then the profile, which the SDK reads itself).
import {checkEndpointUrl} from './endpoint-url.js';

export type StaticCredentials = {accessKeyId: string; secretAccessKey: string; sessionToken?: string};

export type ClientSettings = {
	region?: string | undefined;
	profile?: string | undefined;
	endpointUrl?: string | undefined;
	verifySsl: boolean;
	caBundle?: string | undefined;
	/** Seconds; 0 means no timeout. */
	readTimeoutSeconds: number;
	/** Seconds; 0 means no timeout. */
	connectTimeoutSeconds: number;
	signRequest: boolean;
	debug: boolean;
	/** Where endpointUrl came from (an option or variable name), for the line that refuses it. */
	endpointSource?: string | undefined;
	/** Set by --sandbox: the emulator's own key pair instead of the provider chain. */
	credentials?: StaticCredentials;
	maxAttempts?: number;
	/**
	 * Where the stages this connection creates or deletes are recorded for shell completion
	 * (../recent-stages/); absent, nothing is: --sandbox, whose stages end with the process, and tests.
	 */
	recentStagesFile?: string;
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

/**
 * The endpoint variables in the order AWS CLI v2 (2.13 and later) and the SDK read them. An empty
 * one counts as unset there, so it does here: both fall through to the next, as botocore's
 * ConfiguredEndpointProvider and the SDK's getEndpointUrlConfig do.
 */
export const endpointVariables = ['AWS_ENDPOINT_URL_IVS_REALTIME', 'AWS_ENDPOINT_URL'] as const;

/** AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true: only --endpoint-url counts, as in the AWS CLI and the SDK. */
export function ignoresConfiguredEndpoints(env: Environment): boolean {
	return env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.trim().toLowerCase() === 'true';
}

/**
 * Fills what the command line left open from the environment, as the AWS CLI does. An endpoint
 * from the environment is checked like --endpoint-url (UsageError, exit 252, naming the variable).
 */
export function resolveClientSettings(settings: Partial<ClientSettings>, env: Environment = process.env): ClientSettings {
	return {
		...defaultClientSettings,
		...settings,
		region: nonEmpty(settings.region) ?? nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION),
		profile: nonEmpty(settings.profile) ?? nonEmpty(env.AWS_PROFILE),
		...resolveEndpoint(settings, env),
		caBundle: nonEmpty(settings.caBundle) ?? nonEmpty(env.AWS_CA_BUNDLE),
	};
}

function resolveEndpoint(settings: Partial<ClientSettings>, env: Environment): Pick<ClientSettings, 'endpointUrl' | 'endpointSource'> {
	if (nonEmpty(settings.endpointUrl) !== undefined) {
		return {endpointUrl: settings.endpointUrl, endpointSource: settings.endpointSource ?? '--endpoint-url'};
	}

	const none = {endpointUrl: undefined, endpointSource: undefined};
	if (ignoresConfiguredEndpoints(env)) {
		return none;
	}

	for (const name of endpointVariables) {
		const value = nonEmpty(env[name]);
		if (value !== undefined) {
			return {endpointUrl: checkEndpointUrl(value, name), endpointSource: name};
		}
	}

	return none;
}
