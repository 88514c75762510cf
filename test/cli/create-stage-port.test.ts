// The non-interactive path reaches CreateStage through the services port: a test can hand in its
// own IvsApi, and what it answers is printed as the AWS CLI would; the connection is closed after.
import test from 'ava';
import {defaultGlobalOptions} from '../../source/args/options.js';
import {createStageNonInteractive} from '../../source/cli/create-stage-once.js';
import {defaultClientSettings, type ClientSettings} from '../../source/ivs/client-settings.js';
import type {IvsApi} from '../../source/ivs/ivs-api.js';
import type {CreateStageRequest} from '../../source/stage/request.js';
import {collector} from '../helpers/collect-stream.js';
import {serviceError} from '../ui/harness.js';

function run(createStage: IvsApi['createStage']) {
	const stdout = collector();
	const stderr = collector();
	const seen: {settings?: ClientSettings; closed: number; requests: CreateStageRequest[]} = {closed: 0, requests: []};
	const promise = createStageNonInteractive({
		request: {name: 'through-the-port', participantTokenConfigurations: [{userId: 'host'}]},
		globals: {...defaultGlobalOptions, output: 'json'},
		settings: {...defaultClientSettings, region: 'eu-west-1', credentials: {accessKeyId: 'test', secretAccessKey: 'test'}},
		io: {stdin: process.stdin, stdout: stdout.stream, stderr: stderr.stream, env: {AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent'}},
		connect(settings) {
			seen.settings = settings;
			const api: Partial<IvsApi> = {
				async createStage(request, options) {
					seen.requests.push(request);
					return createStage(request, options);
				},
				close() {
					seen.closed++;
				},
			};
			return api as IvsApi;
		},
	});
	return {promise, stdout, stderr, seen};
}

test('the answer of the port is what is printed', async t => {
	const {promise, stdout, seen} = run(async request => ({
		stage: {arn: 'arn:aws:ivs:eu-west-1:123456789012:stage/AbCdEf123456', name: request.name},
		participantTokens: [{participantId: 'p1', userId: 'host', token: 'secret-token'}],
	}));
	t.is(await promise, 0);
	t.deepEqual(seen.requests, [{name: 'through-the-port', participantTokenConfigurations: [{userId: 'host'}]}]);
	t.is(seen.settings?.region, 'eu-west-1');
	t.is(seen.closed, 1);
	const printed = JSON.parse(stdout.text()) as {stage: {arn: string}; participantTokens: Array<{token: string}>};
	t.is(printed.stage.arn, 'arn:aws:ivs:eu-west-1:123456789012:stage/AbCdEf123456');
	t.is(printed.participantTokens[0]!.token, 'secret-token');
});

test('a service error from the port is the AWS CLI’s error, exit 254; the connection is closed', async t => {
	const {promise, seen} = run(async () => {
		throw serviceError('ValidationException', 'bad name', 400);
	});
	const error = await t.throwsAsync(promise);
	t.is((error as {exitCode?: number}).exitCode, 254);
	t.regex(error.message, /ValidationException.*CreateStage.*bad name/s);
	t.is(seen.closed, 1);
});
