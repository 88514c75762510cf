// Taking over a stage the service created while its answer was lost: its full details (GetStage)
// and the participant tokens that answer would have carried, made one by one with
// CreateParticipantToken from the same configurations. The result has CreateStage's shape, so the
// live table, line mode's table and --output show it as they would the lost answer.
import type {ParticipantToken, StageSummary} from '@aws-sdk/client-ivs-realtime';
import type {IvsApi} from '../ivs/ivs-api.js';
import type {CreateStageRequest, CreateStageResponse} from '../stage/request.js';
import {safeText} from '../output/safe-text.js';
import {errorLine} from './describe-error.js';

export type Adopted = {
	response: CreateStageResponse;
	/** What could not be done (the stage's details, a token), one line each, already safe to print. */
	problems: string[];
};

/** Never rejects: the stage exists, so whatever fails here is a problem to report, not a failure. */
export async function adoptStage(api: Pick<IvsApi, 'getStage' | 'createParticipantToken'>, found: StageSummary, request: CreateStageRequest): Promise<Adopted> {
	const problems: string[] = [];
	const arn = found.arn!;
	let stage = await api.getStage(arn).catch((error: unknown) => {
		problems.push(`GetStage failed, so only the stage's summary is shown: ${errorLine(error, 'GetStage')}`);
		return undefined;
	});
	stage ??= {...found, arn};
	const participantTokens: ParticipantToken[] = [];
	for (const [index, configuration] of (request.participantTokenConfigurations ?? []).entries()) {
		try {
			// One at a time, in the request's order, as CreateStage returns them; a retried token
			// (the SDK's own retries) leaves nothing behind but an unused token.
			participantTokens.push(await api.createParticipantToken({stageArn: arn, ...configuration}));
		} catch (error) {
			const who = configuration.userId ? ` (${safeText(configuration.userId)})` : '';
			problems.push(`Participant token ${index + 1}${who} could not be created: ${errorLine(error, 'CreateParticipantToken')}`);
		}
	}

	return {response: {stage, participantTokens}, problems};
}

/** The line that tells the user a stage was adopted, in every front end (and at the wizard's very end). */
export function adoptionNotice(adoption: {arn: string; tokens: number; problems: readonly string[]}): string {
	const tokens = adoption.tokens === 1 ? 'its participant token' : `its ${adoption.tokens} participant tokens`;
	const made = adoption.tokens === 0 ? '' : ` and created ${tokens} with CreateParticipantToken`;
	return [`The answer to CreateStage was lost, but the service had created the stage: adopted ${adoption.arn}${made}.`, ...adoption.problems].join(' ');
}
