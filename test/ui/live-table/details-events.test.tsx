// The details panel shows the selected participant's events, read from the emulator through the
// SDK's real client when the panel opens, each error explained as `events` explains it.
import ava from 'ava';
import {LiveTable} from '../../../source/ui/live-table/live-table.js';
import {renderInk} from '../../helpers/render-ink.js';
import {emulatorStage} from './helpers/emulator-stage.js';
import {waitForFrame} from './helpers/frames.js';

// One at a time, as the other live-table tests: each runs an emulator, a client and an Ink app.
const test = ava.serial;

const keys = {enter: '\r', escape: '\u001B', down: '\u001B[B'};

test('Enter on a participant lists its events, with an error\'s explanation', async t => {
	const {api, response, control} = await emulatorStage(t);
	const [alice, bob] = response.participantTokens!;
	await control('join', {token: alice!.token, publish: true});
	await control('publish-error', {token: alice!.token, errorCode: 'RESOLUTION_EXCEEDED'});
	await control('leave', {token: alice!.token});
	const view = renderInk(<LiveTable response={response} region="us-west-2" api={api} pollIntervalMs={100} onExit={() => {}} />, {columns: 150, rows: 30});
	t.teardown(() => view.unmount());
	await waitForFrame(view, 'Updated');

	view.stdin.write(keys.enter);
	const frame = await waitForFrame(view, 'PUBLISH_STOPPED');
	t.true(frame.includes('Participant alice'));
	const lines = frame.split('\n');
	const index = lines.findIndex(line => line.includes('Events'));
	const listed = lines.slice(index, index + 5).map(line => line.replace(/^.*?(\d\d:\d\d:\d\dZ)/, '$1').trim());
	t.deepEqual(listed.map(line => line.split(/\s+/)[1]), ['JOINED', 'PUBLISH_STARTED', 'PUBLISH_ERROR', 'PUBLISH_STOPPED', 'LEFT'], frame);
	t.true(lines[index + 2]!.includes('RESOLUTION_EXCEEDED: the video is larger than 720p; send at most 1280x720'), frame);

	// Bob never joined: his panel says so, once his (empty) events are read.
	view.stdin.write(keys.escape);
	await waitForFrame(view, frame => !frame.includes('Participant alice'));
	view.stdin.write(keys.down);
	await waitForFrame(view, frame => frame.split('\n').some(line => line.startsWith('›') && line.includes('bob')));
	view.stdin.write(keys.enter);
	const bobFrame = await waitForFrame(view, frame => frame.includes('Participant bob') && frame.includes('(none yet)'));
	t.false(bobFrame.includes('JOINED'));
	t.is(bob!.userId, 'bob');
});
