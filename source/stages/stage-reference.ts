// The stage a command names, as typed (watch ARN|NAME, events ARN|NAME, token --stage-arn NAME):
// an ARN, or a name looked up through every page of ListStages (list-all-stages.ts). A name is no
// key in IVS, so two stages may share one: that is refused with their ARNs (252), as is a name no
// stage has (254, as the service's not-found) and a word that can be neither (252, before any
// request). An ARN is asked about with GetStage, so a stage that is gone is the service's own
// ResourceNotFoundException (254). Every command words these the same way.
import type {Stage} from '@aws-sdk/client-ivs-realtime';
import {CliError, UsageError, exitCodes} from '../basics/errors.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {toCliError} from '../ivs/service-errors.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {ListingTooLongError, listAllStages, type Pacing} from '../core/list-all-stages.js';

// The API model's StageArn and StageName patterns, each at most 128 characters.
const stageArnPattern = /^arn:aws:ivs:[a-z\d-]+:\d+:stage\/[a-zA-Z\d-]+$/;
const stageNamePattern = /^[\w-]+$/;
const maxLength = 128;
/** ARNs named in the refusal of a shared name; more would not read as one line. */
const maxArnsShown = 5;

export type StageReference = {kind: 'arn'; arn: string} | {kind: 'name'; name: string};

/** A stage found: GetStage's whole answer for an ARN, ListStages' summary for a name (no endpoints). */
export type FoundStage = Stage & {arn: string};

export function isStageArn(word: string): boolean {
	return word.length <= maxLength && stageArnPattern.test(word);
}

/** The word as an ARN or a name; `where` (the command, or its option) starts the refusal of anything else. */
export function parseStageReference(word: string, where: string): StageReference {
	// Bounded before it is shown: the line stays one line whatever was typed.
	const shown = neutraliseControlCharacters(word.length > 60 ? `${word.slice(0, 60)}…` : word);
	if (word.startsWith('arn:')) {
		if (!isStageArn(word)) {
			throw new UsageError(`${where}: "${shown}" is no stage ARN (arn:aws:ivs:REGION:ACCOUNT:stage/ID, at most ${maxLength} characters)`);
		}

		return {kind: 'arn', arn: word};
	}

	if (word.length > maxLength || !stageNamePattern.test(word)) {
		throw new UsageError(`${where}: "${shown}" is neither a stage ARN nor a stage name (letters, digits, - and _, at most ${maxLength} characters)`);
	}

	return {kind: 'name', name: word};
}

/**
 * The stage the reference names, in this connection's region; one line and its exit code when there
 * is none. `endpoint` (the --endpoint-url) names where a connection failed when the SDK does not.
 */
export async function findStage(api: Pick<IvsApi, 'getStage' | 'listStages' | 'region'>, reference: StageReference, pacing: Pacing & {endpoint?: string | undefined} = {}): Promise<FoundStage> {
	if (reference.kind === 'arn') {
		await pacing.turn?.();
		let stage: Stage | undefined;
		try {
			stage = await api.getStage(reference.arn, pacing.signal ? {signal: pacing.signal} : {});
		} catch (error) {
			throw toCliError(error, 'GetStage', pacing.endpoint);
		}

		return {...stage, arn: stage?.arn ?? reference.arn};
	}

	let stages;
	try {
		stages = await listAllStages(api, pacing);
	} catch (error) {
		throw error instanceof ListingTooLongError ? new CliError(error.message, exitCodes.other) : toCliError(error, 'ListStages', pacing.endpoint);
	}

	const named = stages.filter(stage => stage.name === reference.name && typeof stage.arn === 'string');
	if (named.length === 1) {
		return named[0] as FoundStage;
	}

	const region = await api.region().catch(() => undefined);
	const where = region ? ` in ${neutraliseControlCharacters(region)}` : '';
	if (named.length === 0) {
		throw new CliError(`No stage is named ${reference.name}${where} (ListStages lists ${stages.length === 1 ? '1 stage' : `${stages.length} stages`}); give its ARN, or check --region and --profile`, exitCodes.service);
	}

	const arns = named.slice(0, maxArnsShown).map(stage => neutraliseControlCharacters(stage.arn!)).join(', ');
	const more = named.length > maxArnsShown ? `, and ${named.length - maxArnsShown} more` : '';
	throw new UsageError(`${named.length} stages are named ${reference.name}${where}; give the ARN of one: ${arns}${more}`);
}
