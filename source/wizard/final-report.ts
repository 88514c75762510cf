// What stays on the terminal once the wizard is done (its Ink screen erased, or line mode's last
// prompt answered), and the exit code: the same last lines from either mode.
import type {GlobalOptions} from '../args/options.js';
import {exitCodes} from '../basics/errors.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {formatBatchOutput, formatOutput} from '../output/format-output.js';
import {handedOnText} from './handed-on-tokens.js';
import type {WizardOutcome} from './outcome.js';

export type FinalReport = {stdout: string; stderr: string; exitCode: number};

export function finalReport(outcome: WizardOutcome, options: {globals: GlobalOptions; color: boolean; columns: number; terminal: boolean; sandbox?: boolean}): FinalReport {
	const report = outcomeReport(outcome, options);
	// Tokens added with `a` (to existing stages in "Your stages", or to the stage just made) are the
	// user's whatever the outcome: after it. `j` printed the made stage's already.
	const addedHere = outcome.kind === 'created' && outcome.table?.added && outcome.table.reason !== 'json' ? [{...outcome.response, participantTokens: outcome.table.added}] : [];
	const handedOn = handedOnText([...(outcome.handedOn ?? []), ...addedHere], options.terminal);
	return {...report, stdout: `${report.stdout}${handedOn.stdout}`, stderr: `${report.stderr}${handedOn.stderr}`};
}

function outcomeReport(outcome: WizardOutcome, options: ReportOptions): FinalReport {
	const {globals} = options;
	const notes = outcome.notices.map(notice => `${neutraliseControlCharacters(notice)}\n`).join('');
	if (outcome.kind === 'batch') {
		return batchReport(outcome, options, notes);
	}

	if (outcome.kind !== 'created') {
		const kept = outcome.draftPath ? ` Your draft is kept in ${outcome.draftPath}; run again to resume it.` : '';
		const what =
			outcome.kind === 'quit'
				? 'No stage was created.'
				: outcome.whileCreating
					? // The request may have reached the service: "no stage" would be a guess.
						'Interrupted while creating: the stage may exist already (aws ivs-realtime list-stages).'
					: 'Interrupted: no stage was created.';
		return {stdout: '', stderr: `${notes}${what}${kept}\n`, exitCode: exitCodes.interrupted};
	}

	const format = outcome.table?.reason === 'json' ? 'json' : globals.output;
	if (format !== undefined && !outcome.interrupted) {
		const text = formatOutput(outcome.response, {
			format,
			...(globals.query === undefined ? {} : {query: globals.query}),
			color: options.color && globals.color !== 'off' && options.terminal,
			terminalWidth: options.columns,
			operationName: 'CreateStage',
			terminal: options.terminal,
		});
		return {stdout: text, stderr: notes, exitCode: exitCodes.ok};
	}

	const arn = outcome.response.stage?.arn ?? '(no ARN in the response)';
	const where = options.sandbox ? ' in the sandbox (not a real AWS stage)' : '';
	const lines = [`Stage created${where}: ${neutraliseControlCharacters(arn)}`];
	if (outcome.table?.exportPath) {
		lines.push(`Participant tokens exported to ${neutraliseControlCharacters(outcome.table.exportPath)} (mode 0600)`);
	}

	return {stdout: `${lines.join('\n')}\n`, stderr: notes, exitCode: outcome.interrupted ? exitCodes.interrupted : exitCodes.ok};
}

type ReportOptions = Parameters<typeof finalReport>[1];

/**
 * A batch: with --output, {"results": [...]} formatted as the non-interactive path prints it;
 * otherwise a line per stage (name and ARN). What stopped it early goes to stderr, as the AWS CLI
 * words a service error, and sets the exit code (254; 130 for Ctrl+C).
 */
function batchReport(outcome: Extract<WizardOutcome, {kind: 'batch'}>, options: ReportOptions, notes: string): FinalReport {
	const {globals} = options;
	const {results, total, failure, interrupted} = outcome;
	const made = `${results.length} of ${total} stages created`;
	const where = options.sandbox ? ' in the sandbox (not real AWS stages)' : '';
	const format = outcome.json ? 'json' : globals.output;
	let stdout: string;
	if (format === undefined) {
		const lines = [`${results.length === total ? `${total} stages created` : made}${where}:`];
		for (const [index, response] of results.entries()) {
			lines.push(`  ${index + 1}. ${neutraliseControlCharacters(response.stage?.name || '(no name)')}  ${neutraliseControlCharacters(response.stage?.arn ?? '(no ARN in the response)')}`);
		}

		if (outcome.exportPath) {
			lines.push(`Participant tokens exported to ${neutraliseControlCharacters(outcome.exportPath)} (mode 0600)`);
		}

		stdout = results.length > 0 ? `${lines.join('\n')}\n` : '';
	} else {
		stdout = results.length > 0 || !failure
			? formatBatchOutput(results, {
				format,
				...(globals.query === undefined ? {} : {query: globals.query}),
				color: options.color && globals.color !== 'off' && options.terminal,
				terminalWidth: options.columns,
				operationName: 'CreateStage',
				terminal: options.terminal,
			})
			: '';
	}

	if (failure) {
		const line = `An error occurred (${neutraliseControlCharacters(failure.code)}) when calling the CreateStage operation: ${neutraliseControlCharacters(failure.message)}`;
		return {stdout, stderr: `${notes}\n${line}\nThe batch stopped at stage ${failure.n}: ${made}.\n`, exitCode: exitCodes.service};
	}

	if (interrupted) {
		return {stdout, stderr: `${notes}Interrupted: ${made}; stopped before stage ${results.length + 1}.\n`, exitCode: exitCodes.interrupted};
	}

	return {stdout, stderr: notes, exitCode: exitCodes.ok};
}
