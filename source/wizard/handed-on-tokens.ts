// Tokens added with `a` to an existing stage (`stages`, `watch`, the wizard's "Your stages"): the
// tool keeps them nowhere, so when the screen ends they are printed on stdout as `j` prints a
// stage, `{"stage": {...}, "participantTokens": [...]}` per stage, with one note on stderr. Only
// the tokens the tool holds: a row for someone else's participant has no token.
import type {ParticipantToken} from '@aws-sdk/client-ivs-realtime';
import {formatOutput} from '../output/format-output.js';
import type {CreateStageResponse} from '../stage/request.js';

export type HeldResponse = CreateStageResponse & {participantTokens: ParticipantToken[]};

/** The response with only the tokens the tool holds. */
export function held(response: CreateStageResponse): HeldResponse {
	return {...response, participantTokens: (response.participantTokens ?? []).filter(token => token.token)};
}

/** As `j` prints it: --output json's text, control characters escaped when stdout is a terminal. */
export function stageJson(response: CreateStageResponse, terminal: boolean): string {
	return formatOutput(response, {format: 'json', color: false, terminalWidth: 80, operationName: 'CreateStage', terminal});
}

/** What to print for the stages given: their JSON (stdout) and the note (stderr); both empty when no token was added. */
export function handedOnText(responses: readonly CreateStageResponse[], terminal: boolean): {stdout: string; stderr: string} {
	const withTokens = responses.map(response => held(response)).filter(response => response.participantTokens.length > 0);
	const count = withTokens.reduce((sum, response) => sum + response.participantTokens.length, 0);
	if (count === 0) {
		return {stdout: '', stderr: ''};
	}

	return {
		stdout: withTokens.map(response => stageJson(response, terminal)).join(''),
		// One line that fits 80 columns.
		stderr: count === 1 ? '1 token added here is printed above: the tool keeps it nowhere else.\n' : `${count} tokens added here are printed above: the tool keeps them nowhere else.\n`,
	};
}
