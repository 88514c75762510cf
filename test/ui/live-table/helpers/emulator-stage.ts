// A real IVSRealTimeClient pointed at the project's emulator, the services port's real IvsApi over
// it, and a stage created through it: the live table's tests run against the same HTTP API and SDK
// the product uses, nothing stubbed.
import {CreateStageCommand, type CreateStageCommandInput, type IVSRealTimeClient} from '@aws-sdk/client-ivs-realtime';
import {startEmulator, type RunningEmulator} from '../../../../source/emulator/start-emulator.js';
import {createIvsClient} from '../../../../source/ivs/client.js';
import type {IvsApi} from '../../../../source/ivs/ivs-api.js';
import {ivsApiOver} from '../../../../source/ivs/sdk-ivs-api.js';
import {defaultClientSettings} from '../../../../source/ivs/client-settings.js';
import type {CreateStageResponse} from '../../../../source/stage/request.js';

export type EmulatorStage = {
	emulator: RunningEmulator;
	client: IVSRealTimeClient;
	/** The port's real implementation over `client` (ivs/sdk-ivs-api.ts). */
	api: IvsApi;
	response: CreateStageResponse;
	/** POST to one of the emulator's /_emulator/ control routes. */
	control: (route: string, body?: unknown, method?: string) => Promise<unknown>;
	/** Requests the client has sent, by operation name. */
	requests: string[];
	/** When each of them was sent (performance.now()). */
	requestTimes: number[];
};

export async function emulatorStage(
	t: {teardown(fn: () => unknown): void},
	input: CreateStageCommandInput = {
		name: 'demo',
		participantTokenConfigurations: [
			{userId: 'alice', capabilities: ['PUBLISH', 'SUBSCRIBE'], duration: 720, attributes: {role: 'host'}},
			{userId: 'bob', capabilities: ['SUBSCRIBE'], duration: 60},
		],
	},
	/** limits: false lets a test whose clock runs by hand poll faster than the 5 requests a second allowed. */
	{limits = true}: {limits?: boolean} = {},
): Promise<EmulatorStage> {
	const emulator = await startEmulator({limits});
	const client = createIvsClient({
		...defaultClientSettings,
		region: emulator.region,
		endpointUrl: emulator.url,
		credentials: emulator.credentials,
		// The table retries by itself, with backoff; SDK retries would only slow the failure tests.
		maxAttempts: 1,
	});
	const requests: string[] = [];
	const requestTimes: number[] = [];
	client.middlewareStack.add(
		(next, context) => async arguments_ => {
			requests.push(String(context.commandName).replace(/Command$/, ''));
			requestTimes.push(performance.now());
			return next(arguments_);
		},
		{step: 'initialize', name: 'countRequests'},
	);
	t.teardown(async () => {
		client.destroy();
		await emulator.close();
	});
	const {$metadata, ...response} = await client.send(new CreateStageCommand(input));
	return {
		emulator,
		client,
		api: ivsApiOver(client),
		response,
		requests,
		requestTimes,
		async control(route, body, method = 'POST') {
			const answer = await fetch(`${emulator.url}/_emulator/${route}`, {
				method,
				headers: {'content-type': 'application/json'},
				...(body === undefined ? {} : {body: JSON.stringify(body)}),
			});
			const json: unknown = await answer.json();
			if (!answer.ok) {
				throw new Error(`/_emulator/${route} answered ${answer.status}: ${JSON.stringify(json)}`);
			}

			return json;
		},
	};
}
