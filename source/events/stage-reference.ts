// The stage a command names, as typed: an ARN, or a name looked up with ListStages (every page,
// paced). A name is no key in IVS, so two stages may share one: that is refused (give the ARN),
// as is a name no stage has. An ARN is asked about with GetStage, so a stage that is gone is the
// service's own ResourceNotFoundException (exit 254) before anything else is read.
import type {Stage} from '@aws-sdk/client-ivs-realtime';
import {CliError, UsageError, exitCodes} from '../basics/errors.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {toCliError} from '../ivs/service-errors.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {allPages} from './stage-timeline.js';

// The API model's StageArn and StageName patterns, each at most 128 characters.
const stageArnPattern = /^arn:aws:ivs:[a-z0-9-]+:\d+:stage\/[a-zA-Z\d-]+$/;
const stageNamePattern = /^[\w-]+$/;
const maxLength = 128;

export type StageReference = {kind: 'arn'; arn: string} | {kind: 'name'; name: string};

/** The word as an ARN or a name; anything that can be neither is refused here, before a request (252). */
export function parseStageReference(word: string, command: string): StageReference {
	const shown = neutraliseControlCharacters(word);
	if (word.startsWith('arn:')) {
		if (word.length > maxLength || !stageArnPattern.test(word)) {
			throw new UsageError(`${command}: "${shown}" is no stage ARN (arn:aws:ivs:REGION:ACCOUNT:stage/ID, at most ${maxLength} characters)`);
		}

		return {kind: 'arn', arn: word};
	}

	if (word.length > maxLength || !stageNamePattern.test(word)) {
		throw new UsageError(`${command}: "${shown}" is neither a stage ARN nor a stage name (letters, digits, - and _, at most ${maxLength} characters)`);
	}

	return {kind: 'name', name: word};
}

export type FoundStage = {arn: string; name?: string; activeSessionId?: string};

/** The stage the reference names, in this connection's region; one line and its exit code when there is none. */
export async function findStage(api: Pick<IvsApi, 'getStage' | 'listStages' | 'region'>, reference: StageReference, turn: () => Promise<void>): Promise<FoundStage> {
	if (reference.kind === 'arn') {
		await turn();
		let stage: Stage | undefined;
		try {
			stage = await api.getStage(reference.arn);
		} catch (error) {
			throw toCliError(error, 'GetStage');
		}

		return {arn: stage?.arn ?? reference.arn, ...(stage?.name ? {name: stage.name} : {}), ...(stage?.activeSessionId ? {activeSessionId: stage.activeSessionId} : {})};
	}

	const stages = await allPages('ListStages', async query => api.listStages(query), page => page.stages, {turn});
	const named = stages.filter(stage => stage.name === reference.name && typeof stage.arn === 'string');
	if (named.length === 1) {
		const [stage] = named;
		return {arn: stage!.arn!, name: reference.name, ...(stage!.activeSessionId ? {activeSessionId: stage!.activeSessionId} : {})};
	}

	const region = await api.region().catch(() => undefined);
	const where = region ? ` in ${region}` : '';
	if (named.length === 0) {
		throw new CliError(`No stage is named ${reference.name}${where} (ListStages lists ${stages.length === 1 ? '1 stage' : `${stages.length} stages`}); give its ARN, or check --region and --profile`, exitCodes.service);
	}

	throw new UsageError(`${named.length} stages are named ${reference.name}${where}; give the ARN of one: ${named.map(stage => neutraliseControlCharacters(stage.arn!)).join(', ')}`);
}
