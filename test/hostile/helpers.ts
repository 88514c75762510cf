// Shared by the hostile-input tests: the built bin against a node:http server started here, and
// the three things every test asserts: the exit code, how many lines reached stderr, and what the
// endpoint received.
import {execFileSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {ExecutionContext} from 'ava';
import {startRecordingServer, type CannedResponse, type hold, type RecordedRequest, type RecordingServer} from '../helpers/recording-server.js';
import {cleanEnv, runCli, type CliResult} from '../helpers/run-cli.js';

export const credentials = {AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test'};

export const stageArn = 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh';

export function createStageAnswer(request: RecordedRequest): CannedResponse {
	const input = JSON.parse(request.body || '{}') as {name?: string};
	return {body: {stage: {arn: stageArn, name: input.name ?? '', tags: {}}, participantTokens: []}};
}

export async function endpoint(t: ExecutionContext, answer: (request: RecordedRequest) => CannedResponse | typeof hold = createStageAnswer): Promise<RecordingServer> {
	const server = await startRecordingServer(answer);
	t.teardown(server.close);
	return server;
}

/** The lines a person reads on stderr: blank lines (AWS CLI v2 puts one before some errors) do not count. */
export function stderrLines(result: Pick<CliResult, 'stderr'>): string[] {
	return result.stderr.split('\n').filter(line => line.trim() !== '');
}

/** Any C0 control but the newline, DEL, or a C1 control: what must never reach stderr raw. */
export const rawControl = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

export async function run(args: string[], env: Record<string, string | undefined> = {}, input?: string): Promise<CliResult> {
	return runCli(args, {env: cleanEnv({...credentials, ...env}), ...(input === undefined ? {} : {input})});
}

export function temporaryDirectory(): string {
	return mkdtempSync(path.join(tmpdir(), 'ivs-stage-wizard-hostile-'));
}

export function makeFifo(directory: string, name = 'fifo'): string {
	const fifo = path.join(directory, name);
	execFileSync('mkfifo', [fifo]);
	return fifo;
}

/** One refusal: the exit code, exactly one line matching, nothing sent. */
export function assertRefused(t: ExecutionContext, result: CliResult, server: RecordingServer | undefined, code: number, line: RegExp): void {
	t.is(result.code, code, result.stderr);
	const lines = stderrLines(result);
	t.is(lines.length, 1, result.stderr);
	t.regex(lines[0] ?? '', line);
	t.notRegex(result.stderr, /\n\s+at /, 'no stack trace');
	t.notRegex(result.stderr, rawControl, 'no raw control character');
	t.is(result.stdout, '');
	if (server) {
		t.is(server.requests.length, 0, 'nothing was sent');
	}
}
