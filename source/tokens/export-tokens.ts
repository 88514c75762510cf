// The participant tokens exported to a file only the user can read (the live table's `x`, line
// mode's export). Tokens are bearer credentials, so the file is created 0600 in the same call that
// creates it (open with 'wx'): there is no moment when it exists with wider permissions, and an
// existing file is never overwritten or followed.
import {writeNewFile} from '../basics/new-file.js';
import type {ParticipantToken} from '@aws-sdk/client-ivs-realtime';

export const exportFileMode = 0o600;

export type TokenExport = {
	stageArn: string | undefined;
	stageName: string | undefined;
	region: string;
	exportedAt: string;
	participantTokens: Array<{
		participantId: string | undefined;
		userId: string | undefined;
		capabilities: string[] | undefined;
		expirationTime: string | undefined;
		attributes: Record<string, string> | undefined;
		token: string | undefined;
	}>;
};

export function tokenExport(input: {stageArn?: string | undefined; stageName?: string | undefined; region: string; tokens: readonly ParticipantToken[]; now: number}): TokenExport {
	return {
		stageArn: input.stageArn,
		stageName: input.stageName,
		region: input.region,
		exportedAt: new Date(input.now).toISOString(),
		participantTokens: input.tokens.map(token => ({
			participantId: token.participantId,
			userId: token.userId,
			capabilities: token.capabilities,
			expirationTime: token.expirationTime?.toISOString(),
			attributes: token.attributes,
			token: token.token,
		})),
	};
}

function stamp(now: number): string {
	// UTC and no colons: sortable, and valid on every file system.
	return new Date(now).toISOString().replaceAll(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** ivs-stage-<stage id>-tokens-<UTC time>.json; the stage ID keeps exports of several stages apart. */
export function exportFileName(stageArn: string | undefined, now: number, attempt = 0): string {
	const stageId = (stageArn?.split('/').pop() ?? '').replaceAll(/[^\w-]/g, '') || 'stage';
	const suffix = attempt > 0 ? `-${attempt + 1}` : '';
	return `ivs-stage-${stageId}-tokens-${stamp(now)}${suffix}.json`;
}

/** Writes the export and returns its absolute path. A name already taken gets -2, -3 … appended. */
export async function exportTokens(directory: string, content: TokenExport): Promise<string> {
	const now = Date.parse(content.exportedAt);
	const written = await writeNewFile({
		directory,
		nameFor: attempt => exportFileName(content.stageArn, now, attempt),
		contentFor: () => `${JSON.stringify(content, null, '\t')}\n`,
		mode: exportFileMode,
		allTaken: () => `Could not find a free file name for the export in ${directory}`,
	});
	return written.path;
}
