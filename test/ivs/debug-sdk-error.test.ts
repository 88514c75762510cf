// --debug on a failed call: the SDK's own log line names what went wrong (the error's fields), not
// [object Object], and carries no secret.
import {createServer, type AddressInfo} from 'node:net';
import test from 'ava';
import {cleanEnv, runCli} from '../helpers/run-cli.js';

test('--debug shows the SDK error\'s fields: name, code, syscall, address, port and $metadata', async t => {
	const server = createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	await new Promise(resolve => server.close(resolve));
	const result = await runCli(['--endpoint-url', `http://127.0.0.1:${port}`, '--region', 'us-west-2', '--name', 'x', '--debug'], {
		env: cleanEnv({AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIsecret', AWS_SESSION_TOKEN: 'sessiontokensecret', AWS_MAX_ATTEMPTS: '1'}),
	});
	t.is(result.code, 255);
	const line = result.stderr.split('\n').find(text => text.includes('SDK error:'));
	t.truthy(line, result.stderr);
	t.false(line!.includes('[object Object]'));
	const fields = JSON.parse(line!.slice(line!.indexOf('SDK error:') + 'SDK error:'.length)) as {commandName: string; error: Record<string, unknown>};
	t.is(fields.commandName, 'CreateStageCommand');
	t.like(fields.error, {code: 'ECONNREFUSED', syscall: 'connect', address: '127.0.0.1', port});
	t.like(fields.error.$metadata, {attempts: 1});
	t.false(result.stderr.includes('wJalrXUtnFEMIsecret'));
	t.false(result.stderr.includes('sessiontokensecret'));
	t.regex(result.stderr, new RegExp(`Could not connect to the endpoint URL: "http://127.0.0.1:${port}/CreateStage"\\n$`));
});
