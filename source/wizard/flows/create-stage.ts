// Creating the stage, the same for both front ends (through ../stage-session.ts): the Ink wizard
// shows the progress on its spinner, line mode (line/create.ts) prints a line for each step. The
// work is create-one-stage.ts's (never a duplicate when an answer is lost); this expands the
// name's placeholders and opens and closes the connection. Returns what happened as a value,
// never throws.
import {withIvs, type Services} from '../../ivs/services.js';
import {expandRequestPlaceholders} from '../../stage/name-placeholders.js';
import type {CreateStageRequest} from '../../stage/request.js';
import type {Connection} from '../wizard-state.js';
import {createOneStage, type CreationProgress, type OneStage, type OneStageOptions} from '../../core/create-one-stage.js';

export type {Adoption, CreationProgress, StagesBefore} from '../../core/create-one-stage.js';

export type Creation = OneStage;

/** What to create and where: the wizard's state, or one stage of several. */
export type StageToCreate = {
	/** As the wizard holds it: a name from a preset may still hold {date}. */
	request: CreateStageRequest;
	connection: Connection;
	/**
	 * The stages there were before an earlier try whose outcome was not known (that try's
	 * `stagesBefore`): the stage it may have made is adopted rather than made again.
	 */
	stagesBefore?: readonly string[] | undefined;
};

export type CreateStageContext = {
	services: Pick<Services, 'connect'>;
	now: () => number;
	onProgress?: (progress: CreationProgress) => void;
	/** For tests: the waits between attempts. */
	wait?: OneStageOptions['wait'];
	/** Stops it before the next attempt (create-one-stage.ts says where it never stops). */
	signal?: AbortSignal;
};

export async function createStage({request, connection, stagesBefore}: StageToCreate, context: CreateStageContext): Promise<Creation> {
	// Placeholders are expanded at the moment of creation, so {date} is the day the stage was made;
	// {n} is 1 for one stage.
	const expanded = expandRequestPlaceholders(request, {now: new Date(context.now()), n: 1});
	return withIvs(context.services, connection, async api =>
		createOneStage(api, expanded, {
			...(stagesBefore ? {before: {arns: new Set(stagesBefore), fresh: false}} : {}),
			...(context.onProgress ? {onProgress: context.onProgress} : {}),
			...(context.wait ? {wait: context.wait} : {}),
			...(context.signal ? {signal: context.signal} : {}),
		}),
	);
}
