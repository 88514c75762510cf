// The tokens themselves, one request at a time: CreateParticipantToken for each, or with a
// signing key one GetStage (the stage must exist, and its endpoints go into the claims) and then
// each token signed here. The caller closes the connection.
import type {CreateParticipantTokenRequest, ParticipantToken} from '@aws-sdk/client-ivs-realtime';
import {CliError, ConfigError, exitCodes} from '../basics/errors.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {toCliError} from '../ivs/service-errors.js';
import {mintOfflineToken, type StageEndpoints} from './offline-token.js';
import type {SigningKey} from './signing-key.js';

export type TokenMaking = {ivs: IvsApi; settings: ClientSettings; signingKey: SigningKey | undefined; now: () => Date};

export async function makeTokens(requests: readonly CreateParticipantTokenRequest[], {ivs, settings, signingKey, now}: TokenMaking): Promise<ParticipantToken[]> {
	if (!signingKey) {
		const tokens: ParticipantToken[] = [];
		for (const request of requests) {
			// One after another: the calls share CreateParticipantToken's rate.
			tokens.push(await call(async () => ivs.createParticipantToken(request), 'CreateParticipantToken', settings));
		}

		return tokens;
	}

	const stageArn = requests[0]!.stageArn!;
	const stage = await call(async () => ivs.getStage(stageArn), 'GetStage', settings);
	if (stage?.arn !== stageArn) {
		throw new CliError(`GetStage answered without the stage ${stageArn}; no token was made`, exitCodes.service);
	}

	const endpoints = checkedEndpoints(stage.endpoints);
	const tokens: ParticipantToken[] = [];
	for (const request of requests) {
		tokens.push(await signed(request, endpoints, signingKey, now()));
	}

	return tokens;
}

async function call<T>(send: () => Promise<T>, operation: string, settings: ClientSettings): Promise<T> {
	try {
		return await send();
	} catch (error) {
		throw toCliError(error, operation, settings.endpointUrl);
	}
}

async function signed(request: CreateParticipantTokenRequest, endpoints: StageEndpoints, key: SigningKey, now: Date): Promise<ParticipantToken> {
	try {
		return await mintOfflineToken({request, endpoints, keyArn: key.entry.arn, privateKeyPem: key.privateKeyPem, now});
	} catch (error) {
		if (error instanceof CliError) {
			throw error;
		}

		// jose refuses what is not a P-384 PKCS#8 key; its message names no secret.
		throw new ConfigError(`The private key file ${key.file} does not hold a P-384 private key (${(error as Error).message}); it is not used`);
	}
}

/** The service's URLs go into a signed token: only plain, bounded https or wss URLs (an emulator's http and ws too). */
function checkedEndpoints(endpoints: {events?: string | undefined; whip?: string | undefined} | undefined): StageEndpoints {
	const checked: StageEndpoints = {};
	for (const name of ['events', 'whip'] as const) {
		const value = endpoints?.[name];
		if (typeof value === 'string' && value.length <= 2048 && /^(?:https?|wss?):\/\/[\x21-\x7E]+$/.test(value)) {
			checked[name] = value;
		}
	}

	return checked;
}
