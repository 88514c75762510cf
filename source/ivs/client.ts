// The one place an IVS Real-Time client is built. Every mode (command, wizard, line mode, presets)
// takes a client from here, so TLS, timeouts, endpoints, credentials and --debug behave the same.
import {Agent as HttpsAgent} from 'node:https';
import {Agent as HttpAgent} from 'node:http';
import {IVSRealTimeClient, type IVSRealTimeClientConfig} from '@aws-sdk/client-ivs-realtime';
import {NodeHttpHandler} from '@smithy/node-http-handler';
import type {ClientSettings} from './client-settings.js';
import {ObservedHttpHandler, type HandlerObservers} from './observed-http-handler.js';
import {readCaBundle} from './local-files.js';
import {quietLogger} from './quiet-logger.js';

export type ClientOptions = HandlerObservers;

export function createIvsClient(settings: ClientSettings, options: ClientOptions = {}): IVSRealTimeClient {
	const ca = settings.caBundle ? readCaBundle(settings.caBundle) : undefined;

	const inner = new NodeHttpHandler({
		connectionTimeout: settings.connectTimeoutSeconds * 1000,
		socketTimeout: settings.readTimeoutSeconds * 1000,
		httpAgent: new HttpAgent({keepAlive: true}),
		httpsAgent: new HttpsAgent({keepAlive: true, rejectUnauthorized: settings.verifySsl, ...(ca ? {ca} : {})}),
	});

	const config: IVSRealTimeClientConfig = {
		requestHandler: new ObservedHttpHandler(inner, options),
		logger: quietLogger(options.debugLog),
		...(settings.region ? {region: settings.region} : {}),
		...(settings.profile ? {profile: settings.profile} : {}),
		...(settings.endpointUrl ? {endpoint: settings.endpointUrl} : {}),
		...(settings.credentials ? {credentials: settings.credentials} : {}),
		...(settings.maxAttempts ? {maxAttempts: settings.maxAttempts} : {}),
	};

	if (!settings.signRequest) {
		// --no-sign-request: no credentials are loaded and the request goes out unsigned.
		config.credentials = {accessKeyId: '', secretAccessKey: ''};
		config.signer = {sign: async request => request};
	}

	return new IVSRealTimeClient(config);
}
