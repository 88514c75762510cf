// Sends each request direct or through the proxy the environment names for its endpoint
// (proxy-environment.ts: the AWS CLI's rules), one Node.js handler for each. The tunnelling itself
// is Node's own (http.Agent's proxyEnv: CONNECT for https endpoints, absolute-URI requests for
// http ones), so no proxy library is bundled. Used only when a proxy variable is set.
import type {HttpRequest, HttpResponse} from '@smithy/protocol-http';
import type {HttpHandlerOptions, NodeHttpHandlerOptions} from '@smithy/types';
import type {NodeHttpHandler} from '@smithy/node-http-handler';
import {noteFailedAttempt} from './failed-attempt.js';
import {proxyFor, type ProxyVariables} from './proxy-environment.js';

/** A handler going direct (no proxy) or through `proxy`. */
export type MakeHandler = (proxy?: URL) => NodeHttpHandler;

export class ProxyRoutedHandler {
	private readonly handlers = new Map<string, NodeHttpHandler>();
	/** Every setting the SDK changed, for handlers made after the change. */
	private readonly updates: Array<[keyof NodeHttpHandlerOptions, unknown]> = [];

	constructor(
		private readonly make: MakeHandler,
		private readonly variables: ProxyVariables,
	) {}

	async handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{response: HttpResponse}> {
		// urllib matches NO_PROXY against the URL's netloc: the host, and the port only when given.
		const proxy = proxyFor(request.protocol, `${request.hostname}${request.port ? `:${request.port}` : ''}`, this.variables);
		try {
			return await this.handlerFor(proxy?.url).handle(request, options);
		} catch (error) {
			if (proxy) {
				noteFailedAttempt(error, {proxy: proxy.text});
			}

			throw error;
		}
	}

	private handlerFor(proxy: URL | undefined): NodeHttpHandler {
		const key = proxy?.href ?? '';
		let handler = this.handlers.get(key);
		if (!handler) {
			handler = this.make(proxy);
			for (const [name, value] of this.updates) {
				handler.updateHttpClientConfig(name, value as NodeHttpHandlerOptions[typeof name]);
			}

			this.handlers.set(key, handler);
		}

		return handler;
	}

	updateHttpClientConfig(key: keyof NodeHttpHandlerOptions, value: NodeHttpHandlerOptions[typeof key]): void {
		this.updates.push([key, value]);
		for (const handler of this.handlers.values()) {
			handler.updateHttpClientConfig(key, value);
		}
	}

	httpHandlerConfigs(): NodeHttpHandlerOptions {
		return this.handlerFor(undefined).httpHandlerConfigs();
	}

	destroy(): void {
		for (const handler of this.handlers.values()) {
			handler.destroy();
		}
	}
}
