// Once the stage exists: the draft goes (it has served), --save-preset saves, the stage and its
// tokens print as a static table, and the token actions follow. What stays at the very end (the
// ARN, an export path, or the --output text) is finalReport's, as in the Ink wizard.
import type {CreateStageResponse} from '../stage/request.js';
import type {WizardOutcome} from '../wizard/outcome.js';
import {presetToSave, presetUsed} from '../wizard/preset-to-save.js';
import {resultLines} from './result-text.js';
import type {Session} from './session.js';
import {askTokenActions} from './token-actions.js';

export async function finishCreated(session: Session, response: CreateStageResponse): Promise<WizardOutcome> {
	const {out} = session.asker;
	const state = session.state();
	const {connection} = state;
	const {notices, store, globals} = session;
	try {
		store.clearDraft();
	} catch (error) {
		notices.push(`Could not clear the draft: ${(error as Error).message}`);
	}

	const used = presetUsed(state, globals.preset);
	if (used) {
		try {
			store.markPresetUsed(used);
		} catch {
			// Only the order of the start screen's list depends on it; the stage exists.
		}
	}

	if (globals.savePreset) {
		try {
			store.savePreset(presetToSave(globals.savePreset, state), {overwrite: true});
			notices.push(`Saved preset "${globals.savePreset}".`);
		} catch (error) {
			notices.push(`Could not save preset "${globals.savePreset}": ${(error as Error).message}`);
		}
	}

	const region = connection.region ?? '';
	out.line();
	for (const line of resultLines(response, {region, reveal: globals.revealTokens, now: session.now(), sandbox: session.sandbox})) {
		out.line(line);
	}

	out.line();
	const {exportPath} = await askTokenActions(
		{
			response,
			state,
			region,
			store,
			clipboard: session.clipboard,
			lastCopyMethod: session.lastCopyMethod,
			exportDirectory: session.exportDirectory,
			now: session.now,
			revealed: globals.revealTokens,
		},
		session.asker,
	);
	return {kind: 'created', response, connection, notices, table: {reason: 'quit', response, ...(exportPath ? {exportPath} : {})}};
}
