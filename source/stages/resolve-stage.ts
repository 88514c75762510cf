// `watch ARN|NAME`: the stage a word names. An ARN is asked of GetStage; anything else is a stage
// name, looked up through every page of ListStages. A name no stage has, or that several share,
// ends the command with one line before any screen opens.
import type {Stage} from '@aws-sdk/client-ivs-realtime';
import {ServiceError, UsageError} from '../basics/errors.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {safeText} from '../output/safe-text.js';
import {listAllStages, type Pacing} from './list-all-stages.js';

const stageArnPattern = /^arn:[a-z-]+:ivs:[a-z0-9-]+:\d{12}:stage\/[A-Za-z0-9]+$/;

/** The longest word taken as a stage's ARN or name: a name is at most 128 characters, an ARN fewer. */
const maxWordLength = 256;

export function isStageArn(word: string): boolean {
	return stageArnPattern.test(word);
}

export async function resolveStage(api: Pick<IvsApi, 'getStage' | 'listStages'>, word: string, pacing: Pacing = {}): Promise<Stage> {
	if (word.length === 0 || word.length > maxWordLength) {
		throw new UsageError(`watch: "${safeText(word.slice(0, 40))}" is not a stage ARN or name (1 to ${maxWordLength} characters)`);
	}

	if (isStageArn(word)) {
		const stage = await api.getStage(word, pacing.signal ? {signal: pacing.signal} : {});
		if (!stage?.arn) {
			throw new ServiceError('ResourceNotFoundException', `No stage ${word}`, 'GetStage');
		}

		return stage;
	}

	const named = (await listAllStages(api, pacing)).filter(stage => stage.name === word);
	if (named.length === 0) {
		throw new ServiceError('ResourceNotFoundException', `No stage in this region is named "${word}"`, 'ListStages');
	}

	if (named.length > 1) {
		throw new UsageError(`watch: ${named.length} stages are named "${safeText(word)}" (${named.map(stage => safeText(stage.arn)).join(', ')}); give one's ARN`);
	}

	const [only] = named;
	return {...only, arn: only!.arn ?? ''};
}
