// CreateParticipantToken, and the token issuing CreateStage shares. A token's participant ID is
// also its JWT ID (jti): one token, one participant, as the service maps them.
import {defaultTokenDurationMinutes} from '../../stage/validate.js';
import {newParticipantId, parseArn} from '../ids.js';
import {signJwt} from '../jwt.js';
import {plainMap, type StageRecord, type TokenRecord} from '../store.js';
import {requireStage, text, type Input, type OperationContext, type OperationHandler} from './context.js';

export const defaultCapabilities = ['PUBLISH', 'SUBSCRIBE'];

export function issueParticipantToken(context: OperationContext, stage: StageRecord, configuration: Input) {
	const {store} = context;
	let participantId: string;
	do {
		participantId = newParticipantId();
	} while (store.tokens.has(participantId));

	const duration = typeof configuration.duration === 'number' ? configuration.duration : defaultTokenDurationMinutes;
	const capabilities = Array.isArray(configuration.capabilities) ? configuration.capabilities.map(String) : [...defaultCapabilities];
	const userId = text(configuration.userId);
	const attributes = configuration.attributes === undefined ? undefined : plainMap(configuration.attributes);
	const issuedAt = Math.floor(context.now() / 1000) * 1000;
	const record: TokenRecord = {
		participantId,
		stageArn: stage.arn,
		...(userId === undefined ? {} : {userId}),
		...(attributes === undefined ? {} : {attributes}),
		capabilities,
		duration,
		issuedAt,
		expiresAt: issuedAt + duration * 60_000,
	};
	store.tokens.set(participantId, record);
	// The claims of the service's own stage tokens (and of the self-signed ones it documents).
	const token = signJwt(
		{
			exp: record.expiresAt / 1000,
			iat: record.issuedAt / 1000,
			jti: participantId,
			resource: stage.arn,
			topic: parseArn(stage.arn)?.resourceId,
			events_url: stage.endpoints.events,
			whip_url: stage.endpoints.whip,
			user_id: userId ?? '',
			attributes: attributes ?? {},
			capabilities: {
				allow_publish: capabilities.includes('PUBLISH'),
				allow_subscribe: capabilities.includes('SUBSCRIBE'),
			},
			version: '1.0',
		},
		context.signingKey,
	);
	return {
		participantId,
		token,
		userId,
		attributes,
		duration,
		capabilities,
		expirationTime: record.expiresAt,
	};
}

const createParticipantToken: OperationHandler = (input, context) => {
	const stage = requireStage(context, input.stageArn);
	const participantToken = issueParticipantToken(context, stage, input);
	context.store.changed();
	return {participantToken};
};

export const tokenOperations: Record<string, OperationHandler> = {
	CreateParticipantToken: createParticipantToken,
};
