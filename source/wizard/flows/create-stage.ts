// Creating the stage, the same for both front ends: the Ink wizard (ui/hooks/use-create-stage.ts)
// shows the attempts on its spinner, line mode (line/create.ts) prints a line for each retry.
// Returns what happened as a value, never throws, so a caller can create several stages in a row
// and decide for each what to do.
import type {IvsApi} from '../../ivs/ivs-api.js';
import {withIvs, type Services} from '../../ivs/services.js';
import {expandRequestPlaceholders} from '../../presets/placeholders.js';
import type {CreateStageRequest, CreateStageResponse} from '../../stage/request.js';
import {describeError, type DescribedError} from '../describe-error.js';
import type {Connection} from '../wizard-state.js';

export type Creation = {ok: true; response: CreateStageResponse} | ({ok: false} & DescribedError);

/** What to create and where: the wizard's state, or one stage of several. */
export type StageToCreate = {
	/** As the wizard holds it: a name from a preset may still hold {date}. */
	request: CreateStageRequest;
	connection: Connection;
};

export type CreateStageContext = {
	services: Pick<Services, 'connect'>;
	now: () => number;
	/** Each HTTP attempt as it goes out: 1, then 2, 3 … for the SDK's retries. */
	onAttempt?: (attempt: number) => void;
};

/** Sends CreateStage through an api already open (several stages through one connection). */
export async function createStageWith(api: IvsApi, request: CreateStageRequest, {now, onAttempt}: Omit<CreateStageContext, 'services'>): Promise<Creation> {
	// Placeholders are expanded at the moment of creation, so {date} is the day the stage was made.
	const expanded = expandRequestPlaceholders(request, {now: new Date(now())});
	try {
		const response = await api.createStage(expanded, onAttempt ? {onAttempt: ({attempt}) => onAttempt(attempt)} : {});
		return {ok: true, response};
	} catch (error) {
		return {ok: false, ...describeError(error, 'CreateStage')};
	}
}

export async function createStage({request, connection}: StageToCreate, context: CreateStageContext): Promise<Creation> {
	return withIvs(context.services, connection, async api => createStageWith(api, request, context));
}
