// watch's word → a stage: an ARN through GetStage, a name through ListStages; a name no stage has
// is the service's not-found (exit 254), a name two stages share a usage error (exit 252).
import test from 'ava';
import {CreateStageCommand} from '@aws-sdk/client-ivs-realtime';
import {CliError, exitCodes} from '../../source/basics/errors.js';
import {ivsApiOver} from '../../source/ivs/sdk-ivs-api.js';
import {resolveStage} from '../../source/stages/resolve-stage.js';
import {sdkClient, startTestEmulator} from '../emulator/helpers.js';

test('an ARN, a unique name, a missing name and a shared name', async t => {
	const emulator = await startTestEmulator(t);
	const client = sdkClient(emulator);
	t.teardown(() => client.destroy());
	const api = ivsApiOver(client);
	const only = (await client.send(new CreateStageCommand({name: 'only'}))).stage!;
	await client.send(new CreateStageCommand({name: 'twin'}));
	await client.send(new CreateStageCommand({name: 'twin'}));

	t.is((await resolveStage(api, only.arn!)).name, 'only');
	t.is((await resolveStage(api, 'only')).arn, only.arn);
	const missing = await t.throwsAsync(resolveStage(api, 'nobody'), {instanceOf: CliError});
	t.is(missing.exitCode, exitCodes.service);
	t.regex(missing.message, /No stage in this region is named "nobody"/);
	const shared = await t.throwsAsync(resolveStage(api, 'twin'), {instanceOf: CliError});
	t.is(shared.exitCode, exitCodes.usage);
	t.regex(shared.message, /2 stages are named "twin"/);
	const gone = await t.throwsAsync(resolveStage(api, only.arn!.replace(/\/\w+$/, '/AAAAAAAAAAAA')));
	t.is((gone as {name?: string}).name, 'ResourceNotFoundException');
});
