// --sandbox: the emulator in the same process, with no AWS account, settings or network.
import test from 'ava';
import {runCli} from '../helpers/run-cli.js';

test('--sandbox creates a stage with no AWS credentials or region at all', async t => {
	const result = await runCli([
		'--sandbox',
		'--name',
		'try-it',
		'--participant-token-configurations',
		'userId=host,capabilities=PUBLISH,SUBSCRIBE',
		'--query',
		'[stage.name, stage.arn, participantTokens[0].userId]',
		'--output',
		'text',
	]);
	t.is(result.code, 0, result.stderr);
	const [name, arn, userId] = result.stdout.trim().split('\t');
	t.is(name, 'try-it');
	t.regex(arn!, /^arn:aws:ivs:us-west-2:\d{12}:stage\/[a-zA-Z0-9]{12}$/);
	t.is(userId, 'host');
});

test('--sandbox still refuses what the service would refuse, before anything is sent', async t => {
	const result = await runCli(['--sandbox', '--name', 'no spaces allowed']);
	t.is(result.code, 252);
	t.regex(result.stderr, /^Invalid parameter name: "no spaces allowed" must match the pattern/);
});
