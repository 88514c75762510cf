// Once the stage exists: what follows it, as in the Ink wizard (the stage session's afterCreation:
// the draft goes, the preset is marked used, --save-preset saves), then the stage and its tokens
// print as a static table, and the token actions follow. What stays at the very end (the ARN, an
// export path, or the --output text) is finalReport's, as in the Ink wizard.
import type {CreateStageResponse} from '../stage/request.js';
import type {WizardOutcome} from '../wizard/outcome.js';
import {resultLines} from './result-text.js';
import type {Session} from './session.js';
import {askTokenActions} from './token-actions.js';

export async function finishCreated(session: Session, response: CreateStageResponse): Promise<WizardOutcome> {
	const {out} = session.asker;
	const state = session.state();
	const {connection} = state;
	const {store, globals, stageSession} = session;
	// Line mode saves the draft at every step, review included: the stored one is this run's.
	await stageSession.afterCreation({state, ownsDraft: true});

	const region = connection.region ?? '';
	out.line();
	for (const line of resultLines(response, {region, reveal: globals.revealTokens, now: session.now(), sandbox: session.sandbox, width: out.columns()})) {
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
	return {kind: 'created', response, connection, notices: stageSession.notices(), table: {reason: 'quit', response, ...(exportPath ? {exportPath} : {})}};
}
