// The created stage as a static table: its header (name, ARN, session, region, endpoints, tags) and
// one row per participant token, printed once and left in the scrollback. Tokens are bearer
// credentials, so they show masked unless asked for; every text from the service is neutralised.
import type {ParticipantToken, Stage} from '@aws-sdk/client-ivs-realtime';
import {safeText} from '../output/safe-text.js';
import type {CreateStageResponse} from '../stage/request.js';
import {shortCapabilities} from '../tokens/capabilities.js';
import {countdown} from '../tokens/countdown.js';
import {tokenMask} from '../tokens/mask-token.js';
import {mapEntries} from '../wizard/collections.js';
import {columnsOf, cutToColumns, padToColumns} from '../wizard/text-columns.js';

export type ResultOptions = {
	region?: string;
	reveal: boolean;
	now: number;
	sandbox: boolean;
	/** The terminal's columns: a table wider than that leaves out its column of masks. */
	width?: number | undefined;
};

const userIdWidth = 24;

export function stageHeaderLines(response: CreateStageResponse, options: Pick<ResultOptions, 'region' | 'sandbox'>): string[] {
	const stage: Partial<Stage> = response.stage ?? {};
	const endpoints = stage.endpoints ?? {};
	const tags = mapEntries(stage.tags);
	const rows: Array<[string, string | undefined]> = [
		['Name', stage.name || '(none)'],
		['ARN', stage.arn],
		['Session', stage.activeSessionId || '(none yet)'],
		['Region', options.region],
		['WHIP', endpoints.whip],
		['Events', endpoints.events],
		['RTMPS', endpoints.rtmps],
		['RTMP', endpoints.rtmp],
		['Tags', tags.length === 0 ? undefined : tags.map(([key, value]) => `${key}=${value}`).join(', ')],
		['Recording', stage.autoParticipantRecordingConfiguration?.storageConfigurationArn || undefined],
	];
	const lines = [options.sandbox ? '✔ Stage created in the sandbox (local emulator): not a real AWS stage.' : '✔ Stage created.'];
	for (const [label, value] of rows) {
		if (value !== undefined && value !== '') {
			lines.push(`  ${padToColumns(label, 10)}${safeText(value)}`);
		}
	}

	return lines;
}

export function tokenTableLines(tokens: readonly ParticipantToken[], options: Pick<ResultOptions, 'reveal' | 'now' | 'width'>): string[] {
	if (tokens.length === 0) {
		return ['No participant tokens: create them later with aws ivs-realtime create-participant-token.'];
	}

	const rows = tokens.map((token, index) => [
		String(index + 1),
		cutToColumns(safeText(token.userId) || '—', userIdWidth),
		safeText(token.participantId) || '—',
		shortCapabilities(token.capabilities),
		countdown(token.expirationTime, options.now).text,
		token.token ? tokenMask : '—',
	]);
	const titles = ['#', 'User ID', 'Participant ID', 'Can', 'Expires in', 'Token'];
	const fullWidths = titles.map((title, column) => Math.max(columnsOf(title), ...rows.map(row => columnsOf(row[column] ?? ''))));
	const tableColumns = 2 + fullWidths.reduce((sum, width) => sum + width, 0) + 2 * (fullWidths.length - 1);
	// The masks say only that a token is there: the first column to go when the terminal is narrow.
	const masks = !options.reveal && (options.width === undefined || tableColumns <= options.width);
	const widths = masks ? fullWidths : fullWidths.slice(0, -1);
	const format = (cells: string[]) => `  ${cells.slice(0, widths.length).map((cell, column) => padToColumns(cell, widths[column] ?? 0)).join('  ').trimEnd()}`;
	const lines = [
		`Participant tokens (${tokens.length})${masks ? ', masked' : options.reveal ? '' : ' (Show the tokens prints them)'}:`,
		format(titles),
		format(widths.map(width => '─'.repeat(width))),
		...rows.map(row => format(row)),
	];
	if (options.reveal) {
		lines.push(...revealedTokenLines(tokens));
	}

	return lines;
}

/** Each token whole on a line of its own, so a terminal's selection copies it without breaks. */
export function revealedTokenLines(tokens: readonly ParticipantToken[]): string[] {
	return [
		'Tokens (secret: anyone who has one can join the stage as that participant):',
		...tokens.flatMap((token, index) => [`  ${index + 1}. ${safeText(token.userId) || '(no user ID)'}`, `  ${safeText(token.token) || '(no token)'}`]),
	];
}

export function resultLines(response: CreateStageResponse, options: ResultOptions): string[] {
	return [...stageHeaderLines(response, options), '', ...tokenTableLines(response.participantTokens ?? [], options)];
}
