// Where the request will go, settled and checked before it is sent: the SDK would otherwise take a
// profile's endpoint_url or region on its own, unchecked, once the request is under way.
import {ConfigError} from '../basics/errors.js';
import {ignoresConfiguredEndpoints, type ClientSettings} from '../ivs/client-settings.js';
import {checkEndpointUrl} from '../ivs/endpoint-url.js';
import type {ProfileCliSettings} from './profile-config.js';

/** botocore's validate_region_name: a region is one DNS label, not all digits. */
const validRegion = /^(?!\d+$)(?!-)[a-zA-Z\d-]{1,63}(?<!-)$/;

/**
 * The settings the client is built from, with the profile's endpoint (checked like --endpoint-url)
 * made explicit, and the region checked. Throws UsageError (252) for a bad endpoint and
 * ConfigError (253) for a bad region, as the AWS CLI words it. The sandbox's own settings pass as they are.
 */
export function checkConnection(settings: ClientSettings, profile: ProfileCliSettings, env: NodeJS.ProcessEnv): ClientSettings {
	if (settings.credentials) {
		return settings;
	}

	let checked = settings;
	const ignoreConfigured = ignoresConfiguredEndpoints(env) || profile.ignoreConfiguredEndpointUrls === true;
	if (ignoreConfigured && settings.endpointSource !== '--endpoint-url') {
		// ignore_configured_endpoint_urls in the profile: only --endpoint-url counts.
		const {endpointUrl, endpointSource, ...rest} = settings;
		checked = rest;
	}

	if (checked.endpointUrl === undefined && !ignoreConfigured && profile.endpointUrl) {
		checked = {
			...checked,
			endpointUrl: checkEndpointUrl(profile.endpointUrl.value, profile.endpointUrl.source),
			endpointSource: profile.endpointUrl.source,
		};
	}

	const region = checked.region ?? profile.region;
	if (region !== undefined && !validRegion.test(region)) {
		throw new ConfigError(`Provided region_name '${region}' doesn't match a supported format.`);
	}

	return checked;
}
