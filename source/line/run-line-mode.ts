// Line mode (--plain, TERM=dumb, IVS_STAGE_WIZARD_PLAIN=1): the wizard's own steps as a sequence of
// @inquirer/prompts (plain numbered questions where the terminal cannot move its cursor:
// plain-prompts.ts), for screen readers, dumb terminals, CI consoles and anyone who wants their
// scrollback. It never switches to the alternate screen: each answered question stays where it was
// asked. It ends as the Ink wizard ends (finalReport): the same last lines and exit codes.
import process from 'node:process';
import {loadAwsConfig} from '../ivs/aws-config.js';
import {ivsServices} from '../ivs/services.js';
import {createSystemClipboard} from '../tokens/clipboard.js';
import {asciiStream} from '../wizard/ascii-output.js';
import {colorEnabled} from '../wizard/colors.js';
import {finalReport} from '../wizard/final-report.js';
import {launchConnection, placeNamed, type WizardLaunch} from '../wizard/launch.js';
import type {WizardOutcome} from '../wizard/outcome.js';
import type {Connection, WizardState} from '../wizard/wizard-state.js';
import {createStageSession} from '../wizard/stage-session.js';
import {presetStartingState, startingState} from '../wizard/starting-state.js';
import {describeWhere} from '../wizard/summary.js';
import {unicodeLocale} from '../wizard/unicode-locale.js';
import {writeAll} from '../basics/write-all.js';
import {askReview} from './ask-review.js';
import {askStart} from './ask-start.js';
import {askSteps} from './ask-steps.js';
import {finishBatch} from './finish-batch.js';
import {finishCreated} from './finish-created.js';
import {createPrinter} from './printer.js';
import {plainPrompts, wantsPlainPrompts} from './plain-prompts.js';
import {inquirerPrompts, isPromptExit} from './prompts.js';
import {createSession, type Session, type SessionParts} from './session.js';
import {storageSuggestions} from './storage-suggestions.js';

/** For tests: any of the outside world other than the real one. */
export type LineModeOverrides = Partial<Pick<SessionParts, 'services' | 'clipboard' | 'loadAwsConfig' | 'exportDirectory'>> & {
	prompts?: SessionParts['asker']['prompts'];
};

/** Runs line mode to its end and resolves with the exit code. */
export async function runLineMode(launch: WizardLaunch, overrides: LineModeOverrides = {}): Promise<number> {
	const {globals, clientSettings, env} = launch;
	const color = colorEnabled(globals.color, env);
	// Questions and lines in ASCII when the locale cannot show more (the final report is the formatters').
	const screen = unicodeLocale(env) ? launch.stdout : asciiStream(launch.stdout);
	const out = createPrinter(screen, color);
	const sandbox = Boolean(launch.sandbox);
	let copyMethod: 'system' | 'osc52' | undefined;
	// The same starting point as the Ink wizard: what the command line resolved, minus what the
	// sandbox decides for itself.
	const connection = launchConnection(launch);
	const clipboard =
		overrides.clipboard ??
		createSystemClipboard({
			stdout: launch.stdout,
			env,
			onMethod(method) {
				copyMethod = method;
			},
		});
	const services = overrides.services ?? ivsServices(clientSettings, clipboard);
	const now = launch.now ?? Date.now;
	// The session does not exist yet when the asker is built; the suggestions read it when asked.
	let current: Session | undefined;
	const session = createSession(
		{
			globals,
			sandbox,
			store: launch.store,
			services,
			clipboard,
			lastCopyMethod: () => copyMethod,
			loadAwsConfig: overrides.loadAwsConfig ?? loadAwsConfig,
			exportDirectory: overrides.exportDirectory ?? process.cwd(),
			now,
			asker: {
				prompts:
					overrides.prompts ??
					(wantsPlainPrompts(env, launch.stdout) ? plainPrompts({input: launch.stdin, output: screen}) : await inquirerPrompts({input: launch.stdin, output: screen, color})),
				out,
				suggest: storageSuggestions(services, () => current?.state().connection ?? connection),
			},
			stageSession: createStageSession(services, {now, store: launch.store, savePreset: globals.savePreset, presetName: globals.preset}),
		},
		lineStartingState(launch, connection),
	);
	current = session;

	out.heading('IVS stage wizard (line mode)');
	out.help(launch.sandbox ? `Sandbox: a local emulator at ${launch.sandbox.url}; these are not real AWS stages.` : `Where: ${describeWhere(connection, false)}`);
	let outcome: WizardOutcome;
	try {
		outcome = await runSession(session);
	} catch (error) {
		if (!isPromptExit(error)) {
			throw error;
		}

		outcome = interrupted(session);
	}

	return report(outcome, launch, color);
}

/** As in the Ink wizard: with --preset everything is filled in, so the run opens on the review. */
function lineStartingState(launch: WizardLaunch, connection: Connection): WizardState {
	const first = startingState(launch.request, connection, launch.nameTemplate, launch.count);
	return launch.globals.preset ? presetStartingState(first, launch.globals.preset) : first;
}

async function runSession(session: Session): Promise<WizardOutcome> {
	// --preset started on the review: the start question and the steps are behind it (review's
	// "Edit a step" goes back to any of them).
	if (session.state().route !== 'review') {
		await askStartAndSteps(session);
	}

	const end = await askReview(session);
	if (end.kind === 'quit') {
		session.autosave();
		return {kind: 'quit', draftPath: session.store.path, notices: session.stageSession.notices()};
	}

	if (end.kind === 'batch') {
		return finishBatch(session, end.outcome);
	}

	return finishCreated(session, end.response);
}

async function askStartAndSteps(session: Session): Promise<void> {
	const choice = await askStart(
		{
			request: session.state().request,
			connection: () => session.state().connection,
			placeNamed: placeNamed(session.globals),
			sandbox: session.sandbox,
			store: session.store,
			loadAwsConfig: session.loadAwsConfig,
			onConnection(connection) {
				session.dispatch({type: 'connectionChanged', connection});
			},
		},
		session.asker,
	);
	session.dispatch({type: 'started', ...choice});
	await askSteps(session);
}

/** Ctrl+C: the draft as it stands is kept (unless the stage exists), and the run ends with 130. */
function interrupted(session: Session): WizardOutcome {
	const state = session.state();
	if (state.creation.status === 'created') {
		return {kind: 'created', response: state.creation.response, connection: state.connection, notices: session.stageSession.notices(), interrupted: true};
	}

	session.asker.out.line();
	if (state.origin) {
		session.autosave();
	}

	return {kind: 'interrupted', ...(state.origin || safeHasDraft(session) ? {draftPath: session.store.path} : {}), notices: session.stageSession.notices()};
}

function safeHasDraft(session: Session): boolean {
	try {
		return session.store.getDraft() !== undefined;
	} catch {
		return false;
	}
}

async function report(outcome: WizardOutcome, launch: WizardLaunch, color: boolean): Promise<number> {
	const {stdout, stderr, globals} = launch;
	const text = finalReport(outcome, {globals, color, columns: stdout.columns || 80, terminal: Boolean(stdout.isTTY)});
	await writeAll(stdout, text.stdout);
	await writeAll(stderr, text.stderr);
	return text.exitCode;
}
