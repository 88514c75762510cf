// How a wizard run ends (in either mode), handed to finalReport, which says what must stay on the
// terminal after the screen or the prompts are gone and picks the exit code.
import type {ParticipantToken} from '@aws-sdk/client-ivs-realtime';
import type {CreateStageResponse} from '../stage/request.js';
import type {Connection} from './wizard-state.js';

/**
 * How the table of the created stage was left: q ('quit'), j ('json') or Ctrl+C ('interrupt'), with
 * the response as it stands (tokens added since appended), the tokens added with `a` on this table
 * (`added`), and the export file's path, if any.
 */
export type LiveTableExit = {reason: 'quit' | 'json' | 'interrupt'; response: CreateStageResponse; added?: ParticipantToken[]; exportPath?: string};

/**
 * Tokens added with `a` to existing stages ("Your stages" from the start screen), each stage's as
 * its table was left: the tool keeps them nowhere, so the end prints them whatever the outcome.
 */
export type HandedOn = {handedOn?: CreateStageResponse[]};

export type WizardOutcome = HandedOn & (
	/** Ctrl+C before creation, or while CreateStage was out (`whileCreating`: the stage may exist): exit 130, the draft kept. */
	| {kind: 'interrupted'; draftPath?: string; notices: string[]; whileCreating?: boolean}
	/** q on the start or review screen: nothing created, the draft kept. */
	| {kind: 'quit'; draftPath?: string; notices: string[]}
	/**
	 * A batch ran: `results` every stage it made, in the order of n. `failure`: what stopped it
	 * before the end (the service's code and message); `interrupted`: Ctrl+C stopped it; `json`: j on
	 * the stage list, so {"results": [...]} is printed as --output json would.
	 */
	| {kind: 'batch'; results: CreateStageResponse[]; total: number; connection: Connection; notices: string[]; failure?: {n: number; code: string; message: string}; interrupted?: boolean; exportPath?: string; json?: boolean}
	/** The stage exists. `table` is how the live table ended, if it was shown. */
	| {kind: 'created'; response: CreateStageResponse; connection: Connection; notices: string[]; table?: LiveTableExit; interrupted?: boolean}
);
