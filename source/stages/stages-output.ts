// `stages --output json|yaml|text|table`: {"stages": [...]}, one object per stage with the fields
// the screen shows, through the same formatters as every other output (--query too).
import {formatListingOutput, type ListingOutputOptions} from '../output/listing-output.js';
import type {StageOverview} from './stage-overview.js';

export function stagesData(stages: readonly StageOverview[]): {stages: Array<Record<string, unknown>>} {
	return {
		stages: stages.map(stage => ({
			arn: stage.arn,
			name: stage.name,
			// null, not left out: a script reads "no session" without testing for the key.
			activeSessionId: stage.activeSessionId ?? null,
			participantsConnected: stage.participantsConnected,
			tags: stage.tags,
		})),
	};
}

export function formatStagesOutput(stages: readonly StageOverview[], options: Omit<ListingOutputOptions, 'title'>): string {
	return formatListingOutput(stagesData(stages), {...options, title: 'Stages'});
}
