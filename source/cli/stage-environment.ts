// What the child learns about its stage: a few environment variables for the common needs, and
// the whole answer in a file. The answer holds participant tokens, so the file is created 0600
// in a directory of its own (mkdtemp makes it 0700 with a name nobody can predict or pre-create)
// and removed with that directory afterwards, whatever happened.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {CliError, exitCodes} from '../basics/errors.js';
import {systemErrorReason} from '../basics/system-error-reason.js';
import {formatJson} from '../output/json-output.js';
import {normaliseResponse, type PlainData} from '../output/normalise-response.js';
import type {CreateStageResponse} from '../stage/request.js';
import {responseFolderPrefix} from './stale-response-folders.js';

export type ResponseFile = {path: string; remove: () => Promise<void>};

/**
 * The answer as `--output json` prints it (model order, timestamps as the AWS CLI writes them),
 * so a script reads the file as it would read `aws ivs-realtime create-stage`'s output. Several
 * stages (--count) are `{"results": [...]}`, as create-stage prints a batch.
 */
export function responseData(responses: readonly CreateStageResponse[], batch: boolean): PlainData {
	const each = responses.map(response => normaliseResponse(response, {operationName: 'CreateStage'}));
	return batch ? {results: each} : each[0] ?? {};
}

/** The first stage's answer: the variables are its (a batch's others are in the file). */
export function firstResponse(data: PlainData, batch: boolean): PlainData | undefined {
	if (!batch) {
		return data;
	}

	const results = member(data, 'results');
	return Array.isArray(results) ? results[0] : undefined;
}

/**
 * In a folder named after this run's pid, so the next run can remove it should this one be
 * killed before it can (stale-response-folders.ts). A full or missing $TMPDIR is one line naming
 * the place and the cause (255); the stage is then deleted all the same (run-around-stages.ts).
 */
export async function writeResponseFile(data: PlainData): Promise<ResponseFile> {
	const parent = tmpdir();
	let directory: string;
	try {
		directory = await mkdtemp(responseFolderPrefix(parent));
	} catch (error) {
		throw new CliError(`Cannot make a folder for the stage's answer in ${parent}: ${systemErrorReason(error)}; the command was not run`, exitCodes.other);
	}

	const remove = async () => rm(directory, {recursive: true, force: true});
	const file = path.join(directory, 'create-stage-response.json');
	try {
		// 'wx': never through a file (or link) that is already there.
		await writeFile(file, formatJson(data), {mode: 0o600, flag: 'wx'});
	} catch (error) {
		await remove().catch(() => undefined);
		throw new CliError(`Cannot write the stage's answer to ${file}: ${systemErrorReason(error)}; the command was not run`, exitCodes.other);
	}

	return {path: file, remove};
}

function member(data: PlainData | undefined, key: string): PlainData | undefined {
	return data !== null && typeof data === 'object' && !Array.isArray(data) ? data[key] : undefined;
}

function text(value: PlainData | undefined): string {
	return typeof value === 'string' ? value : '';
}

/**
 * The variables, from the first stage (a batch's others are in the file). A value the answer
 * lacks is empty rather than missing, so `${IVS_STAGE_SESSION_ID}` never picks up one left over
 * from an outer run.
 */
export function stageVariables(first: PlainData | undefined, responseFile: string): Record<string, string> {
	const stage = member(first, 'stage');
	const endpoints = member(stage, 'endpoints');
	const tokens = member(first, 'participantTokens');
	return {
		IVS_STAGE_ARN: text(member(stage, 'arn')),
		IVS_STAGE_SESSION_ID: text(member(stage, 'activeSessionId')),
		IVS_WHIP_ENDPOINT: text(member(endpoints, 'whip')),
		IVS_EVENTS_ENDPOINT: text(member(endpoints, 'events')),
		IVS_PARTICIPANT_TOKENS: JSON.stringify(Array.isArray(tokens) ? tokens : []),
		IVS_STAGE_RESPONSE_FILE: responseFile,
	};
}
