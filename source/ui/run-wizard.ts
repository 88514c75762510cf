// The wizard's entry, imported by the create-stage command only when there is a terminal. It
// mounts the app, waits for its outcome, takes the screen down, and only then prints what must
// stay on the terminal (the stage ARN, an export path, the formatted output), so nothing the user
// needs vanishes.
import type {WizardLaunch} from '../wizard/launch.js';
import {writeAll} from '../basics/write-all.js';
import {finalReport} from '../wizard/final-report.js';
import {mountWizard, type WizardOverrides} from './mount-wizard.js';
import {colorEnabled} from './theme.js';

// The launch contract is shared with line mode, so it lives beside the step definitions.
export type {WizardLaunch} from '../wizard/launch.js';
export type {WizardOverrides} from './mount-wizard.js';

/** Runs the wizard to its end and resolves with the exit code. */
export async function runWizard(launch: WizardLaunch, overrides: WizardOverrides = {}): Promise<number> {
	const {globals, stdout, stderr} = launch;
	const color = colorEnabled(globals.color, launch.env);
	const outcome = await mountWizard(launch, color, overrides);
	// What the formatters throw (a --query that fails on the answer) goes to the one error edge,
	// the screen already down.
	const report = finalReport(outcome, {globals, color, columns: stdout.columns || 80, terminal: Boolean(stdout.isTTY), sandbox: Boolean(launch.sandbox)});
	await writeAll(stdout, report.stdout);
	await writeAll(stderr, report.stderr);
	return report.exitCode;
}
