// Turns ListParticipants results into one state per participant token. Pure: the polling hook
// fetches, this decides, so the matching rules are tested on plain data.
import type {ParticipantSummary, ParticipantToken} from '@aws-sdk/client-ivs-realtime';

/**
 * - unknown: no successful poll yet
 * - waiting: nobody has joined with this token in the active session
 * - connected: joined, not publishing
 * - publishing: joined and publishing
 * - disconnected: joined earlier, has left
 */
export type ParticipantStatus = 'unknown' | 'waiting' | 'connected' | 'publishing' | 'disconnected';

/** A stable key for a token's row: its participantId, or its position when the service sent none. */
export function tokenKey(token: ParticipantToken, index: number): string {
	return token.participantId ? `id:${token.participantId}` : `row:${index}`;
}

function statusOf(summary: ParticipantSummary): ParticipantStatus {
	if (summary.state === 'CONNECTED') {
		return summary.published ? 'publishing' : 'connected';
	}

	return 'disconnected';
}

// A token can appear more than once in a session (a participant who reconnects); the liveliest
// entry is what the user cares about.
const rank: Record<ParticipantStatus, number> = {unknown: 0, waiting: 1, disconnected: 2, connected: 3, publishing: 4};

function liveliest(summaries: ParticipantSummary[]): ParticipantStatus {
	let best: ParticipantStatus = 'waiting';
	for (const summary of summaries) {
		const status = statusOf(summary);
		if (rank[status] > rank[best]) {
			best = status;
		}
	}

	return best;
}

/**
 * One status per token, keyed by tokenKey. A token matches the participants with its participantId
 * (IVS gives a participant the ID of the token it joined with). Without such a match it falls back
 * to its userId (a participant who joined with a token made elsewhere, say by the CLI), but only
 * when that userId is unique among the tokens and the participant's ID is not another token's —
 * otherwise two rows would light up for one person.
 */
export function participantStates(
	tokens: readonly ParticipantToken[],
	summaries: readonly ParticipantSummary[],
): Record<string, ParticipantStatus> {
	const byParticipantId = new Map<string, ParticipantSummary[]>();
	for (const summary of summaries) {
		if (summary.participantId) {
			const list = byParticipantId.get(summary.participantId) ?? [];
			list.push(summary);
			byParticipantId.set(summary.participantId, list);
		}
	}

	const claimedIds = new Set(tokens.map(token => token.participantId).filter(Boolean));
	const userIdCounts = new Map<string, number>();
	for (const token of tokens) {
		if (token.userId) {
			userIdCounts.set(token.userId, (userIdCounts.get(token.userId) ?? 0) + 1);
		}
	}

	const result: Record<string, ParticipantStatus> = {};
	for (const [index, token] of tokens.entries()) {
		let matches: ParticipantSummary[] = [];
		if (token.participantId) {
			matches = byParticipantId.get(token.participantId) ?? [];
		}

		if (matches.length === 0 && token.userId && userIdCounts.get(token.userId) === 1) {
			matches = summaries.filter(summary => summary.userId === token.userId && !(summary.participantId && claimedIds.has(summary.participantId)));
		}

		result[tokenKey(token, index)] = liveliest(matches);
	}

	return result;
}

/**
 * For a stage the tool did not just create (`watch`, `stages`): a row for each participant whose
 * token the tool does not hold, by its IDs alone (no token to show, copy or export), so the table
 * shows who is there. Appended after the tokens held, once per participant ID.
 */
export function withUnheldParticipants(tokens: readonly ParticipantToken[], summaries: readonly ParticipantSummary[]): ParticipantToken[] {
	const held = new Set(tokens.map(token => token.participantId).filter(Boolean));
	const added: ParticipantToken[] = [];
	for (const summary of summaries) {
		if (summary.participantId && !held.has(summary.participantId)) {
			held.add(summary.participantId);
			added.push({participantId: summary.participantId, ...(summary.userId ? {userId: summary.userId} : {})});
		}
	}

	return added.length === 0 ? [...tokens] : [...tokens, ...added];
}
