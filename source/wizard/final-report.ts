// What stays on the terminal once the wizard is done (its Ink screen erased, or line mode's last
// prompt answered), and the exit code: the same last lines from either mode.
import type {GlobalOptions} from '../args/options.js';
import {exitCodes} from '../errors.js';
import {neutraliseControlCharacters} from '../output/control-characters.js';
import {formatOutput} from '../output/format-output.js';
import type {WizardOutcome} from './outcome.js';

export type FinalReport = {stdout: string; stderr: string; exitCode: number};

export function finalReport(outcome: WizardOutcome, options: {globals: GlobalOptions; color: boolean; columns: number; terminal: boolean; sandbox?: boolean}): FinalReport {
	const {globals} = options;
	const notes = outcome.notices.map(notice => `${neutraliseControlCharacters(notice)}\n`).join('');
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
