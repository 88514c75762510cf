// The live table at 80×24, at 60 columns, through resizes and on a short terminal; and data from
// the service with control characters in it, which must never reach the terminal as such.
import test from 'ava';
import {LiveTable, type LiveTableProps} from '../../../source/ui/live-table/live-table.js';
import {emulatorStage} from './helpers/emulator-stage.js';
import {waitForFrame} from './helpers/frames.js';
import {renderSized} from './helpers/render-sized.js';

function mountSized(props: Pick<LiveTableProps, 'response' | 'api'> & Partial<LiveTableProps>, size: {columns: number; rows: number}) {
	const view = renderSized(<LiveTable region="us-west-2" pollIntervalMs={100} onExit={() => {}} {...props} />, size);
	return view;
}

/** Display width; everything these frames hold (ASCII, ›, …, •, –, ·) is one column per code point. */
function widest(frame: string): number {
	return Math.max(...frame.split('\n').map(line => [...line].length));
}

function lineCount(frame: string): number {
	return frame.split('\n').length;
}

const twelve = Array.from({length: 12}, (_, index) => ({userId: `participant-with-a-long-name-${index + 1}`, duration: 720}));

test('80×24 with 12 participants: every row, every column, nothing wider or taller than the terminal', async t => {
	const {api, response} = await emulatorStage(t, {name: 'twelve', participantTokenConfigurations: twelve});
	const view = mountSized({api, response}, {columns: 80, rows: 24});
	t.teardown(() => view.unmount());
	const frame = await waitForFrame(view, 'Updated');
	t.true(widest(frame) <= 80, frame);
	t.true(lineCount(frame) <= 23, `${lineCount(frame)} lines:\n${frame}`);
	t.true(frame.includes('Participant ID'));
	t.true(frame.includes('participant-with-a-long-name-12') || frame.includes('participant-with-a-long-nam…'));
	t.true(frame.includes(response.participantTokens![11]!.participantId!));
	t.true(frame.includes('q quit'));
});

test('60 columns: rows truncate, nothing wraps; narrower drops the participant ID', async t => {
	const {api, response} = await emulatorStage(t);
	const view = mountSized({api, response}, {columns: 60, rows: 24});
	t.teardown(() => view.unmount());
	let frame = await waitForFrame(view, 'Updated');
	t.true(widest(frame) <= 60, frame);
	t.true(frame.includes(response.participantTokens![0]!.participantId!));
	// The ARN is too long for its label's line: it has a line of its own, whole.
	t.regex(frame, /^ARN$/m);
	t.true(frame.split('\n').includes(response.stage!.arn!), frame);
	t.true(frame.includes('q quit'));
	t.true(frame.includes('? help'));

	view.resize(50, 24);
	frame = await waitForFrame(view, frame => !frame.includes('Participant ID'));
	t.true(widest(frame) <= 50, frame);
	// Narrower than the ARN itself: wrapped, every character still there.
	const arnAt = frame.split('\n').indexOf('ARN');
	t.is(frame.split('\n').slice(arnAt + 1, arnAt + 3).join(''), response.stage!.arn!);
	t.false(frame.includes(response.participantTokens![0]!.participantId!));

	view.resize(120, 30);
	frame = await waitForFrame(view, frame => frame.includes('Participant ID') && frame.includes(response.stage!.arn!));
	t.true(widest(frame) <= 120);
	t.regex(frame, new RegExp(`^ARN +${response.stage!.arn!}$`, 'm'));
});

test('the sandbox: the header says plainly it is not a real AWS stage, compact or full', async t => {
	const {api, response} = await emulatorStage(t, {name: 'twelve', participantTokenConfigurations: twelve});
	const view = mountSized({api, response, sandbox: true, color: false}, {columns: 60, rows: 24});
	t.teardown(() => view.unmount());
	let frame = await waitForFrame(view, 'Updated');
	t.true(frame.split('\n')[0]!.startsWith('[SANDBOX] Stage twelve'), frame);
	t.regex(frame, /^Sandbox +not a real AWS stage \(local emulator\)$/m);
	t.true(lineCount(frame) <= 23, `${lineCount(frame)} lines:\n${frame}`);
	t.true(widest(frame) <= 60, frame);
	// On a short terminal the header is one line; the badge stays on it.
	view.resize(60, 12);
	frame = await waitForFrame(view, frame => !frame.includes('WHIP'));
	t.true(frame.split('\n')[0]!.startsWith('[SANDBOX] Stage twelve'), frame);
	// The details view has the compact header too.
	view.stdin.write('\r');
	frame = await waitForFrame(view, 'Participant participant-with');
	t.true(frame.startsWith('[SANDBOX]'), frame);

	const real = mountSized({api, response, color: false}, {columns: 80, rows: 24});
	t.teardown(() => real.unmount());
	frame = await waitForFrame(real, 'Updated');
	t.false(/sandbox/i.test(frame));
});

test('the footer at 60 columns keeps what a user needs most: q, ?, c and a', async t => {
	const {api, response} = await emulatorStage(t);
	const view = mountSized({api, response, renderParticipantEditor: () => null}, {columns: 60, rows: 24});
	t.teardown(() => view.unmount());
	const frame = await waitForFrame(view, 'Updated');
	const footer = frame.split('\n').at(-1)!;
	for (const key of ['q quit', '? help', 'c copy', 'a add']) {
		t.true(footer.includes(key), footer);
	}

	t.true([...footer].length <= 60, footer);
});

test('a short terminal keeps the rows: the endpoints give way, then the rows scroll with the selection', async t => {
	const {api, response} = await emulatorStage(t, {name: 'twelve', participantTokenConfigurations: twelve});
	const view = mountSized({api, response}, {columns: 80, rows: 12});
	t.teardown(() => view.unmount());
	let frame = await waitForFrame(view, 'Updated');
	t.true(lineCount(frame) <= 11, `${lineCount(frame)} lines:\n${frame}`);
	t.false(frame.includes('WHIP'));
	t.regex(frame, /rows 1–\d+ of 12/);

	for (let index = 0; index < 11; index++) {
		view.stdin.write('\u001B[B');
	}

	const last = response.participantTokens![11]!.participantId!;
	frame = await waitForFrame(view, frame => frame.split('\n').some(line => line.startsWith('›') && line.includes(last)));
	t.regex(frame, /rows \d+–12 of 12/);
	t.true(lineCount(frame) <= 11);
});

test('control characters from the service are neutralised everywhere they are shown', async t => {
	const {api, response} = await emulatorStage(t);
	const evil = '\u001B]0;pwned\u0007\u001B[2J\u009B31m';
	// The service accepts any UTF-8 in these; a response carrying them is what the table must survive.
	const tampered = {
		...response,
		stage: {...response.stage!, name: `stage${evil}`, tags: {[`k${evil}`]: `v${evil}`}},
		participantTokens: response.participantTokens!.map((token, index) =>
			index === 0 ? {...token, userId: `alice${evil}`, attributes: {[`a${evil}`]: `b${evil}`}} : token,
		),
	};
	const view = mountSized({api, response: tampered, color: false}, {columns: 200, rows: 40});
	t.teardown(() => view.unmount());
	let frame = await waitForFrame(view, 'Updated');
	t.true(frame.includes('stage\\x1b]0;pwned\\x07'), frame);
	t.true(frame.includes('k\\x1b'));
	t.true(frame.includes('alice\\x1b'));
	view.stdin.write('\r');
	frame = await waitForFrame(view, 'Participant alice');
	t.true(frame.includes('a\\x1b]0;pwned'));
	for (const written of view.frames) {
		t.false(/[\u0007\u001B\u009B]/.test(written), JSON.stringify(written));
	}
});
