// After the table: show the tokens, copy one, export them all to a 0600 file, save as a preset, or
// finish. The copy and the export are the live table's own (clipboard with its OSC 52 fallback,
// the 'wx' 0600 export), so a token leaves this tool the same way from either mode.
import type {ParticipantToken} from '@aws-sdk/client-ivs-realtime';
import {neutraliseControlCharacters as safe} from '../basics/control-characters.js';
import type {PresetStore} from '../presets/store.js';
import type {CreateStageResponse} from '../stage/request.js';
import type {Clipboard} from '../tokens/clipboard.js';
import {exportTokens, tokenExport} from '../tokens/export-tokens.js';
import type {WizardState} from '../wizard/wizard-state.js';
import type {Asker} from './ask-map.js';
import {revealedTokenLines} from './result-text.js';
import {askSavePreset} from './save-preset.js';

export type TokenActionsOptions = {
	response: CreateStageResponse;
	/** What a preset saved from here is made of. */
	state: Pick<WizardState, 'request' | 'connection' | 'nameTemplate'>;
	region: string;
	store: PresetStore;
	clipboard: Clipboard;
	/** Which way the last copy went: the system clipboard, or OSC 52 through the terminal. */
	lastCopyMethod: () => 'system' | 'osc52' | undefined;
	exportDirectory: string;
	now: () => number;
	revealed: boolean;
};

type TokenAction = 'reveal' | 'copy' | 'export' | 'save' | 'done';

/** Resolves with the export file's path, if the tokens were exported. */
export async function askTokenActions(options: TokenActionsOptions, asker: Asker): Promise<{exportPath?: string}> {
	const {prompts, out} = asker;
	const tokens = options.response.participantTokens ?? [];
	const none = tokens.length === 0 ? {disabled: 'no tokens'} : {};
	let {revealed} = options;
	let exportPath: string | undefined;
	for (;;) {
		const action = await prompts.select<TokenAction>({
			message: 'What next?',
			choices: [
				{value: 'reveal', name: revealed ? 'Show the tokens again' : 'Show the tokens', ...none},
				{value: 'copy', name: 'Copy a token to the clipboard', ...none},
				{value: 'export', name: 'Export the tokens to a file only you can read (0600)', ...none},
				{value: 'save', name: 'Save these settings as a preset'},
				{value: 'done', name: 'Done'},
			],
			default: 'done',
		});
		switch (action) {
			case 'done': {
				return exportPath ? {exportPath} : {};
			}

			case 'reveal': {
				revealed = true;
				for (const line of revealedTokenLines(tokens)) {
					out.line(line);
				}

				break;
			}

			case 'copy': {
				await copyToken(tokens, options, asker);
				break;
			}

			case 'export': {
				try {
					exportPath = await exportTokens(
						options.exportDirectory,
						tokenExport({stageArn: options.response.stage?.arn, stageName: options.response.stage?.name, region: options.region, tokens, now: options.now()}),
					);
					out.success(`Exported ${tokens.length} token${tokens.length === 1 ? '' : 's'} to ${safe(exportPath)} (mode 0600)`);
				} catch (error) {
					out.error(`Could not export the tokens: ${safe((error as Error).message)}`);
				}

				break;
			}

			case 'save': {
				await askSavePreset({store: options.store, state: options.state}, asker);
				break;
			}
		}
	}
}

async function copyToken(tokens: readonly ParticipantToken[], options: TokenActionsOptions, {prompts, out}: Asker): Promise<void> {
	const index =
		tokens.length === 1
			? 0
			: await prompts.select<number>({
					message: 'Copy whose token?',
					choices: tokens.map((token, position) => ({value: position, name: `${position + 1}. ${safe(token.userId ?? '') || '(no user ID)'} ${safe(token.participantId ?? '')}`.trimEnd()})),
				});
	const token = tokens[index];
	if (!token?.token) {
		out.error('That participant has no token in the response.');
		return;
	}

	const who = safe(token.userId ?? '') || `participant ${index + 1}`;
	try {
		await options.clipboard.write(token.token);
	} catch (error) {
		out.error(`Could not copy: ${safe((error as Error).message)}`);
		return;
	}

	out.success(
		options.lastCopyMethod() === 'osc52'
			? `Sent ${who}'s token to the terminal's clipboard (OSC 52); if nothing was copied, choose Show the tokens.`
			: `Copied ${who}'s token to the clipboard.`,
	);
}
