// The one place an IVS Real-Time client is built. Every mode (command, wizard, line mode, presets)
// takes a client from here, so TLS, timeouts, endpoints, proxies, credentials and --debug behave the same.
import {Agent as HttpsAgent} from 'node:https';
import {Agent as HttpAgent} from 'node:http';
import {IVSRealTimeClient, type IVSRealTimeClientConfig} from '@aws-sdk/client-ivs-realtime';
import {NodeHttpHandler} from '@smithy/node-http-handler';
import {ConfigError} from '../basics/errors.js';
import type {ClientSettings} from './client-settings.js';
import {ObservedHttpHandler, type HandlerObservers} from './observed-http-handler.js';
import {readCaBundle} from './local-files.js';
import {hasProxy, proxyVariables} from './proxy-environment.js';
import {ProxyRoutedHandler} from './proxy-routed-handler.js';
import {quietLogger} from './quiet-logger.js';

export type ClientOptions = HandlerObservers & {env?: NodeJS.ProcessEnv};

export function createIvsClient(settings: ClientSettings, options: ClientOptions = {}): IVSRealTimeClient {
	// AWS CLI v2 reads the CA bundle only to verify TLS: with an http:// endpoint (the emulator, the
	// sandbox) a bundle that is missing or broken does not stop it, so it does not stop this tool.
	const plainHttp = settings.endpointUrl?.toLowerCase().startsWith('http:') ?? false;
	const ca = settings.caBundle && !plainHttp ? readCaBundle(settings.caBundle) : undefined;
	const makeHandler = (proxy?: URL) => new NodeHttpHandler({
		connectionTimeout: settings.connectTimeoutSeconds * 1000,
		socketTimeout: settings.readTimeoutSeconds * 1000,
		httpAgent: new HttpAgent({keepAlive: true, ...proxyOption('HTTP_PROXY', proxy)}),
		httpsAgent: new HttpsAgent({keepAlive: true, rejectUnauthorized: settings.verifySsl, ...(ca ? {ca} : {}), ...proxyOption('HTTPS_PROXY', proxy)}),
	});

	// The sandbox's key pair (settings.credentials) reaches only the emulator in this process, which
	// no proxy can reach: it always goes direct.
	const proxies = settings.credentials ? {} : proxyVariables(options.env ?? process.env);
	const inner = hasProxy(proxies) ? new ProxyRoutedHandler(makeHandler, proxies) : makeHandler();

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

/**
 * Node's own proxy support (http.Agent's proxyEnv, Node.js 22.21 and 24.5 on), given only the one
 * proxy chosen for the request: which requests bypass it was decided by the AWS CLI's rules, not
 * Node's. A Node.js without it would ignore the option and go direct, so that is refused instead.
 */
function proxyOption(variable: 'HTTP_PROXY' | 'HTTPS_PROXY', proxy: URL | undefined): Record<string, unknown> {
	if (!proxy) {
		return {};
	}

	const probe = new HttpAgent({proxyEnv: {HTTP_PROXY: proxy.href}} as ConstructorParameters<typeof HttpAgent>[0]);
	if (!Object.getOwnPropertySymbols(probe).some(symbol => symbol.description === 'kProxyConfig')) {
		throw new ConfigError(`A proxy is set (${variable.toLowerCase()} or ${variable}), but Node.js ${process.version} cannot send through one: Node.js 22.21 or 24.5 and later can; nothing was sent`);
	}

	return {proxyEnv: {[variable]: proxy.href}};
}
