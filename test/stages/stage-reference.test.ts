// The one way every command names a stage (watch, events, token --stage-arn): an ARN through
// GetStage, a name through every page of ListStages. A name no stage has is 254, one several
// stages share is 252 with their ARNs, a word that can be neither is 252 before any request; a
// stage that is gone is the service's not-found (254). Over the SDK's real client and the emulator.
import test from 'ava';
import {CreateStageCommand, DeleteStageCommand} from '@aws-sdk/client-ivs-realtime';
import {CliError, exitCodes} from '../../source/basics/errors.js';
import {ivsApiOver} from '../../source/ivs/sdk-ivs-api.js';
import {findStage, parseStageReference} from '../../source/stages/stage-reference.js';
import {sdkClient, startTestEmulator} from '../emulator/helpers.js';

test('an ARN, a unique name, a missing name, a shared name and a stage that is gone', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	t.teardown(() => client.destroy());
	const api = ivsApiOver(client);
	const only = (await client.send(new CreateStageCommand({name: 'only'}))).stage!;
	const first = (await client.send(new CreateStageCommand({name: 'twin'}))).stage!;
	const second = (await client.send(new CreateStageCommand({name: 'twin'}))).stage!;

	const byArn = await findStage(api, parseStageReference(only.arn!, 'watch'));
	t.is(byArn.name, 'only');
	t.truthy(byArn.endpoints?.whip, 'an ARN gives GetStage\'s whole stage');
	t.is((await findStage(api, parseStageReference('only', 'watch'))).arn, only.arn!);

	const missing = await t.throwsAsync(findStage(api, parseStageReference('nobody', 'watch')), {instanceOf: CliError});
	t.is(missing.exitCode, exitCodes.service);
	t.is(missing.message, `No stage is named nobody in ${emulator.region} (ListStages lists 3 stages); give its ARN, or check --region and --profile`);

	const shared = await t.throwsAsync(findStage(api, parseStageReference('twin', 'watch')), {instanceOf: CliError});
	t.is(shared.exitCode, exitCodes.usage);
	t.is(shared.message, `2 stages are named twin in ${emulator.region}; give the ARN of one: ${first.arn}, ${second.arn}`);

	await client.send(new DeleteStageCommand({arn: only.arn}));
	const gone = await t.throwsAsync(findStage(api, parseStageReference(only.arn!, 'watch')), {instanceOf: CliError});
	t.is(gone.exitCode, exitCodes.service);
	t.regex(gone.message, /\(ResourceNotFoundException\) when calling the GetStage operation/);
});

test('the caller\'s pace is taken before every request of a lookup', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	t.teardown(() => client.destroy());
	for (const name of ['a', 'b', 'c']) {
		await client.send(new CreateStageCommand({name}));
	}

	let turns = 0;
	const api = ivsApiOver(client);
	const counted = {
		...api,
		async listStages(...args: Parameters<typeof api.listStages>) {
			return api.listStages({...args[0], maxResults: 1}, args[1]);
		},
	};
	t.truthy(await findStage(counted, {kind: 'name', name: 'c'}, {turn: async () => void turns++}));
	t.is(turns, emulator.rateCounts().ListStages?.allowed ?? 0, 'one turn a page');
	t.is(turns, 3);
});

test('a word that can be neither an ARN nor a name is one line, 252, with where it was given', t => {
	for (const [word, line] of [
		['not a name', '--stage-arn: "not a name" is neither a stage ARN nor a stage name (letters, digits, - and _, at most 128 characters)'],
		['', '--stage-arn: "" is neither a stage ARN nor a stage name (letters, digits, - and _, at most 128 characters)'],
		['n'.repeat(129), `--stage-arn: "${'n'.repeat(60)}…" is neither a stage ARN nor a stage name (letters, digits, - and _, at most 128 characters)`],
		['arn:aws:ivs:us-west-2:1:channel/x', '--stage-arn: "arn:aws:ivs:us-west-2:1:channel/x" is no stage ARN (arn:aws:ivs:REGION:ACCOUNT:stage/ID, at most 128 characters)'],
		['bad\u001B[2Jname', '--stage-arn: "bad\\x1b[2Jname" is neither a stage ARN nor a stage name (letters, digits, - and _, at most 128 characters)'],
	] as const) {
		const refused = t.throws(() => parseStageReference(word, '--stage-arn'), {instanceOf: CliError});
		t.is(refused.exitCode, exitCodes.usage);
		t.is(refused.message, line);
	}
});
