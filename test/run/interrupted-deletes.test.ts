// Two Ctrl+C while run deletes its stage: the DeleteStage already out is let finish, so a stage
// that was deleted is not reported as left behind, and run exits 130 (not 254). The emulator holds
// DeleteStage (latency); a proxy in front of it shows when the request is out.
import {readFileSync} from 'node:fs';
import test from 'ava';
import {startAnswerLosingProxy, seen} from '../helpers/answer-losing-proxy.js';
import {childScript, node, rig, startRun} from '../helpers/run-command.js';
import {waitFor} from '../helpers/wait-for.js';

function sigintPending(pid: number): boolean {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return [...status.matchAll(/^(?:SigPnd|ShdPnd):\s*([\da-f]+)$/gm)].some(([, mask]) => (BigInt(`0x${mask}`) & 2n) !== 0n);
	} catch {
		return false;
	}
}

test('two SIGINTs during the delete: the stage deleted is not reported as left, exit 130', async t => {
	const r = await rig(t, {faults: 'latency=2s,ops=DeleteStage'});
	const proxy = await startAnswerLosingProxy(r.emulator.url);
	t.teardown(async () => proxy.close());
	const run = startRun(['--endpoint-url', proxy.url, '--region', r.emulator.region, '--name', 'deleting', '--', node, childScript, r.reportPath, 'exit:0'], r.env);
	await waitFor(() => seen(proxy, 'DeleteStage').length === 1, () => `DeleteStage out; stderr: ${run.stderr()}`);
	process.kill(run.pid, 'SIGINT');
	await waitFor(() => !sigintPending(run.pid), () => 'the first SIGINT taken');
	process.kill(run.pid, 'SIGINT');
	const end = await run.ended;
	t.is(end.code, 130, run.stderr());
	t.notRegex(run.stderr(), /not deleted|Could not delete/);
	t.deepEqual(await r.stages(), []);
});
