// How a wizard run ends, handed from the app to runWizard, which prints what must stay on the
// terminal after the screen is gone and picks the exit code.
import type {CreateStageResponse} from '../stage/request.js';
import type {Connection} from '../wizard/wizard-state.js';
import type {LiveTableExit} from './live-table/live-table.js';

export type WizardOutcome =
	/** Ctrl+C before creation: exit 130, the draft kept. */
	| {kind: 'interrupted'; draftPath?: string; notices: string[]}
	/** q on the start or review screen: nothing created, the draft kept. */
	| {kind: 'quit'; draftPath?: string; notices: string[]}
	/** The stage exists. `table` is how the live table ended, if it was shown. */
	| {kind: 'created'; response: CreateStageResponse; connection: Connection; notices: string[]; table?: LiveTableExit; interrupted?: boolean};
