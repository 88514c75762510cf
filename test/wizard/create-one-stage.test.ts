// The decisions of "create one stage, never a duplicate" (core/create-one-stage.ts) on
// their own: which failures may have made the stage, how long to wait (the SDK's own numbers),
// how the stages are matched (listed: ../stages/list-all-stages.test.ts), and the flow over a port of the test's own for the cases
// a real endpoint cannot be made to give on demand (a 5xx after the stage was made, throttling,
// a listing that never ends). The same flow over the real SDK and HTTP: lost-answer.test.ts.
import {isThrottlingError, MAXIMUM_RETRY_DELAY, Retry} from '@smithy/core/retry';
import type {StageSummary} from '@aws-sdk/client-ivs-realtime';
import test from 'ava';
import {failureKind, throttlingErrorNames} from '../../source/ivs/creation-failure.js';
import type {IvsApi} from '../../source/ivs/ivs-api.js';
import {backoffMs, createOneStage, retryDelays, type CreationProgress} from '../../source/core/create-one-stage.js';
import {newMatches, stageMatches} from '../../source/core/stage-listing.js';
import {serviceError} from '../ui/harness.js';

const errorWith = (fields: Record<string, unknown>, message = 'failed') => Object.assign(new Error(message), fields);

test('failure kinds: what each failure proves about the stage', t => {
	t.is(failureKind(serviceError('ThrottlingException', 'slow down', 429)), 'throttled');
	t.is(failureKind(serviceError('TooManyRequestsException', 'slow down', 400)), 'throttled');
	t.is(failureKind(serviceError('ValidationException', 'bad name', 400)), 'refused');
	t.is(failureKind(serviceError('ServiceQuotaExceededException', 'too many', 402)), 'refused');
	t.is(failureKind(serviceError('AccessDeniedException', 'no', 403)), 'refused');
	t.is(failureKind(serviceError('InternalServerException', 'oops', 500)), 'unknown');
	t.is(failureKind(serviceError('ServiceUnavailableException', 'later', 503)), 'unknown');
	t.is(failureKind(errorWith({name: 'TimeoutError', code: 'ECONNRESET'}, 'socket hang up')), 'unknown');
	t.is(failureKind(errorWith({code: 'EPIPE'})), 'unknown');
	t.is(failureKind(errorWith({name: 'TimeoutError'}, 'Connection timed out after 60000 ms')), 'unknown');
	t.is(failureKind(errorWith({name: 'ResponseTooLargeError'})), 'unknown');
	t.is(failureKind(errorWith({name: 'SyntaxError'}, 'Unexpected token')), 'unknown', 'an unreadable answer may be a created stage');
	t.is(failureKind(errorWith({code: 'ECONNREFUSED'}, 'connect ECONNREFUSED 127.0.0.1:1')), 'unreached');
	t.is(failureKind(errorWith({cause: {code: 'ENOTFOUND'}})), 'unreached');
	t.is(failureKind(errorWith({name: 'TimeoutError'}, 'Socket timed out without establishing a connection within 1000 ms')), 'unreached');
	t.is(failureKind(errorWith({name: 'UsageError'}, 'Bad value for the endpoint')), 'unsent');
	t.is(failureKind(errorWith({name: 'CredentialsProviderError'}, 'Could not load credentials from any providers')), 'unsent');
	t.is(failureKind(errorWith({}, 'Region is missing')), 'unsent');
	t.is(failureKind(errorWith({code: 'DEPTH_ZERO_SELF_SIGNED_CERT'}, 'self-signed certificate')), 'unsent');
	t.is(failureKind('a string'), 'unknown');
});

test('the throttling names and the delays are the SDK’s own', t => {
	const named = (name: string) => ({name, message: 'x', $metadata: {}});
	for (const name of throttlingErrorNames) {
		t.true(isThrottlingError(named(name)), name);
	}

	t.false(isThrottlingError(named('ValidationException')));
	t.deepEqual(retryDelays, {baseMs: Retry.delay(), throttledBaseMs: Retry.throttlingDelay(), maxMs: MAXIMUM_RETRY_DELAY});
	t.is(backoffMs(1, 'unknown', () => 1), Retry.delay());
	t.is(backoffMs(3, 'unknown', () => 1), Retry.delay() * 4);
	t.is(backoffMs(2, 'throttled', () => 0.5), Retry.throttlingDelay());
	t.is(backoffMs(30, 'unknown', () => 1), MAXIMUM_RETRY_DELAY);
	t.is(backoffMs(1, 'unknown', () => 0), 0);
});

test('a stage matches by name and tags, whatever the tags’ order; none given is none', t => {
	const stage: StageSummary = {arn: 'arn:aws:ivs:us-west-2:1:stage/a', name: 'show', tags: {b: '2', a: '1'}};
	t.true(stageMatches(stage, {name: 'show', tags: {a: '1', b: '2'}}));
	t.false(stageMatches(stage, {name: 'show', tags: {a: '1'}}));
	t.false(stageMatches(stage, {name: 'Show', tags: {a: '1', b: '2'}}));
	t.true(stageMatches({arn: 'x', name: ''}, {}));
	t.true(stageMatches({arn: 'x', tags: {}}, {name: '', tags: {}}));
	t.deepEqual(newMatches([stage, {...stage, arn: 'arn:aws:ivs:us-west-2:1:stage/b'}], {name: 'show', tags: {a: '1', b: '2'}}, new Set([stage.arn!])).map(found => found.arn), ['arn:aws:ivs:us-west-2:1:stage/b']);
});

type Scripted = {api: Parameters<typeof createOneStage>[0]; sent: number; lists: number; stages: StageSummary[]};

/** A port whose CreateStage follows `answers` in turn: 'ok', 'made-then-fail' (the stage exists, the answer is an error), or an error. */
function scripted(answers: Array<'ok' | {madeThenFail: Error} | Error>, maxAttempts = 3): Scripted {
	const state: Scripted = {sent: 0, lists: 0, stages: [], api: undefined as unknown as Scripted['api']};
	const make = (request: {name?: string | undefined; tags?: Record<string, string> | undefined}) => {
		const stage = {arn: `arn:aws:ivs:us-west-2:1:stage/s${state.stages.length}`, name: request.name ?? '', tags: request.tags ?? {}};
		state.stages.push(stage);
		return stage;
	};

	const api: Pick<IvsApi, 'createStage' | 'listStages' | 'getStage' | 'createParticipantToken' | 'maxAttempts'> = {
		async createStage(request, options) {
			t0(options?.singleAttempt);
			const answer = answers[state.sent++] ?? 'ok';
			options?.onAttempt?.({attempt: 1, method: 'POST', path: '/CreateStage'});
			if (answer === 'ok') {
				return {stage: make(request), participantTokens: []};
			}

			if ('madeThenFail' in answer) {
				make(request);
				throw answer.madeThenFail;
			}

			throw answer;
		},
		async listStages() {
			state.lists++;
			return {stages: [...state.stages]};
		},
		async getStage(arn) {
			return state.stages.find(stage => stage.arn === arn);
		},
		async createParticipantToken(request) {
			return {participantId: `p-${request.userId ?? ''}`, userId: request.userId, token: 'jwt'};
		},
		async maxAttempts() {
			return maxAttempts;
		},
	};
	state.api = api;
	return state;
}

function t0(singleAttempt: boolean | undefined): void {
	if (!singleAttempt) {
		throw new Error('CreateStage went out with the SDK’s retries on');
	}
}

const noWait = async () => undefined;

test('a 5xx after the stage was made: looked for and adopted, its tokens made, nothing sent again', async t => {
	const port = scripted([{madeThenFail: serviceError('InternalServerException', 'oops', 500)}]);
	const progress: CreationProgress[] = [];
	const result = await createOneStage(port.api, {name: 'x', participantTokenConfigurations: [{userId: 'host'}]}, {wait: noWait, onProgress: step => progress.push(step)});
	t.true(result.ok);
	t.is(result.ok ? result.adopted?.arn : '', port.stages[0]!.arn);
	t.deepEqual(result.ok ? result.response.participantTokens?.map(token => token.userId) : [], ['host']);
	t.is(port.sent, 1);
	t.deepEqual(progress.map(step => step.type), ['listing', 'attempt', 'checking', 'adopting']);
});

test('throttling is retried without a look (nothing was made), waiting as the SDK does', async t => {
	const port = scripted([serviceError('ThrottlingException', 'slow down', 429), 'ok']);
	const waits: number[] = [];
	const result = await createOneStage(port.api, {name: 'x'}, {wait: async ms => void waits.push(ms), random: () => 1});
	t.true(result.ok);
	t.is(port.sent, 2);
	t.is(port.lists, 1, 'only the listing before sending');
	t.deepEqual(waits, [retryDelays.throttledBaseMs]);
});

test('a failure of unknown outcome waits at least a second before looking', async t => {
	const port = scripted([serviceError('ServiceUnavailableException', 'later', 503), 'ok']);
	const waits: number[] = [];
	const result = await createOneStage(port.api, {name: 'x'}, {wait: async ms => void waits.push(ms), random: () => 1});
	t.true(result.ok);
	t.is(result.ok ? result.adopted : 'failed', undefined);
	t.deepEqual(waits, [1000]);
	t.is(port.lists, 2);
	t.is(port.stages.length, 1);
});

test('as many attempts as the SDK would make, then the last failure', async t => {
	const port = scripted([serviceError('InternalServerException', 'a', 500), serviceError('InternalServerException', 'b', 500)], 2);
	const result = await createOneStage(port.api, {name: 'x'}, {wait: noWait});
	// The last attempt's error comes with it, for the AWS CLI's words and exit code (a batch's report).
	const {error, ...described} = result as Extract<typeof result, {ok: false}>;
	t.deepEqual(described, {ok: false, code: 'InternalServerException', message: 'b'});
	t.is((error as Error).message, 'b');
	t.is(port.sent, 2);
	t.is(port.lists, 3, 'before, and after each failure');
});

test('a batch’s fresh listing is used as is: no ListStages before sending', async t => {
	const port = scripted(['ok']);
	const result = await createOneStage(port.api, {name: 'x'}, {before: {arns: new Set(), fresh: true}});
	t.true(result.ok);
	t.is(port.lists, 0);
});

test('a failed GetStage or token while adopting is said, never a failure: the stage exists', async t => {
	const port = scripted([{madeThenFail: errorWith({code: 'ECONNRESET'}, 'socket hang up')}]);
	port.api.getStage = async () => {
		throw serviceError('InternalServerException', 'get failed', 500);
	};

	port.api.createParticipantToken = async request => {
		if (request.userId === 'guest') {
			throw serviceError('ValidationException', 'bad \u001B[31mattribute', 400);
		}

		return {participantId: 'p1', userId: request.userId, token: 'jwt'};
	};

	const result = await createOneStage(port.api, {name: 'x', participantTokenConfigurations: [{userId: 'host'}, {userId: 'guest'}]}, {wait: noWait});
	t.true(result.ok);
	if (!result.ok) {
		return;
	}

	t.is(result.response.stage?.arn, port.stages[0]!.arn);
	t.deepEqual(result.response.participantTokens?.map(token => token.userId), ['host']);
	t.is(result.adopted?.tokens, 1);
	t.deepEqual(result.adopted?.problems, [
		'GetStage failed, so only the stage\'s summary is shown: InternalServerException: get failed',
		'Participant token 2 (guest) could not be created: ValidationException: bad \\x1b[31mattribute',
	]);
});
