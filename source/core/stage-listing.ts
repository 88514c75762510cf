// Which of the stages there are a CreateStage request would have made: what the creation flow
// compares before and after an attempt whose answer was lost (the stages listed by
// ../../stages/list-all-stages.ts). A stage made by that request has its name and its tags
// (CreateStage sets nothing else ListStages shows).
import {isDeepStrictEqual} from 'node:util';
import type {StageSummary} from '@aws-sdk/client-ivs-realtime';
import type {CreateStageRequest} from '../stage/request.js';

/** Whether `stage` is one `request` would have made: the same name ('' when none) and the same tags. */
export function stageMatches(stage: StageSummary, request: Pick<CreateStageRequest, 'name' | 'tags'>): boolean {
	return (stage.name ?? '') === (request.name ?? '') && isDeepStrictEqual({...stage.tags}, {...request.tags});
}

/** The stages that match `request` and are not among `before` (ARNs): those an earlier attempt may have made. */
export function newMatches(stages: readonly StageSummary[], request: Pick<CreateStageRequest, 'name' | 'tags'>, before: ReadonlySet<string>): StageSummary[] {
	return stages.filter(stage => stage.arn !== undefined && !before.has(stage.arn) && stageMatches(stage, request));
}
