// When the stages exist but their answer could not be printed (stdout closed or full, a --query
// that fails on this answer only): the participant tokens in it exist nowhere else, so the whole
// answer, unfiltered, is kept in a file only the user can read, and one line on stderr names the
// stages and that file. mkdtemp makes the folder 0700 under a name nobody can predict or make first;
// the file is created 0600 with 'wx', never through something already there.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {CliError, exitCodes} from '../basics/errors.js';
import {formatJson} from '../output/json-output.js';
import {responseData} from './stage-environment.js';
import type {CreateStageResponse} from '../stage/request.js';
import type {CliIo} from './io.js';
import {outputFailure} from './output-failure.js';

export type NotPrinted = {
	responses: readonly CreateStageResponse[];
	/** A batch's answer is `{"results": [...]}`, as it would have been printed. */
	batch: boolean;
	io: Pick<CliIo, 'stdout' | 'stderr'>;
};

/** The error to leave with: what stopped the printing, which stages exist, where their answer is. */
export function answerNotPrinted(error: unknown, {responses, batch, io}: NotPrinted): CliError {
	const arns = responses.map(response => response.stage?.arn ?? '(no ARN in the answer)');
	const created = batch ? `${arns.length} stages were created (${arns.join(', ')})` : `the stage ${arns[0] ?? ''} was created`;
	const where = keptIn(responses, batch);
	const failure = outputFailure(io);
	if (failure?.streamName === 'stdout') {
		const what = failure.closed ? 'Stdout was closed before the answer was written' : failure.lines.join(' ');
		return new CliError(`${what}: ${created}; ${where}`, failure.exitCode);
	}

	const reason = error instanceof CliError ? error.lines.join(' ') : error instanceof Error ? error.message : String(error);
	// Never 252 here: that code promises nothing was sent.
	const code = error instanceof CliError && error.exitCode !== exitCodes.usage ? error.exitCode : exitCodes.other;
	return new CliError(`${reason}: ${created}; ${where}`, code);
}

function keptIn(responses: readonly CreateStageResponse[], batch: boolean): string {
	let directory: string | undefined;
	try {
		directory = mkdtempSync(path.join(tmpdir(), 'ivs-stage-wizard-answer-'));
		const file = path.join(directory, 'create-stage-response.json');
		writeFileSync(file, formatJson(responseData(responses, batch)), {mode: 0o600, flag: 'wx'});
		return `its whole answer, tokens included, is kept in ${file} (readable by you only)`;
	} catch (error) {
		if (directory) {
			rmSync(directory, {recursive: true, force: true});
		}

		return `its answer could not be kept either (${(error as Error).message}), so its tokens are lost`;
	}
}
