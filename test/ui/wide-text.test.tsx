// A CJK user ID and an emoji tag at 60 columns: the live table (against the emulator) and the
// review screen keep every line inside the terminal and every column where it belongs, and line
// mode's table of tokens lines up. Widths are measured as the terminal draws them (string-width).
import {stripVTControlCharacters} from 'node:util';
import test from 'ava';
import stringWidth from 'string-width';
import {tokenTableLines} from '../../source/line/result-text.js';
import {LiveTable} from '../../source/ui/live-table/live-table.js';
import {keys, press, waitForFrame} from '../helpers/wait-for.js';
import {mountApp, ready, tempStore} from './harness.js';
import {emulatorStage} from './live-table/helpers/emulator-stage.js';
import {waitForFrame as waitForTableFrame} from './live-table/helpers/frames.js';
import {renderSized} from './live-table/helpers/render-sized.js';

const wideUser = '山田太郎さんの配信ホスト';
const emojiTag = {'🎥': 'on air 🎬'};

function lines(frame: string): string[] {
	return stripVTControlCharacters(frame).split('\n');
}

function widest(frame: string): number {
	return Math.max(...lines(frame).map(line => stringWidth(line)));
}

/** The terminal column at which `text` starts on `line`. */
function columnOf(line: string, text: string): number {
	const at = line.indexOf(text);
	return at === -1 ? -1 : stringWidth(line.slice(0, at));
}

test('live table at 60 columns: the CJK user ID is cut to its column, the rest of its row lines up, the emoji tag shows', async t => {
	const {api, response} = await emulatorStage(t, {
		name: 'wide',
		tags: emojiTag,
		participantTokenConfigurations: [{userId: wideUser}, {userId: 'bob'}],
	});
	const view = renderSized(<LiveTable response={response} region="us-west-2" api={api} pollIntervalMs={100} onExit={() => {}} />, {columns: 60, rows: 24});
	t.teardown(() => view.unmount());
	const frame = await waitForTableFrame(view, 'Updated');
	t.true(widest(frame) <= 60, frame);
	t.true(frame.includes('Stage wide'), frame);
	t.true(frame.includes('🎥=on air 🎬'), frame);
	const [wide, plain] = response.participantTokens!;
	const titles = lines(frame).find(line => line.includes('Participant ID'))!;
	const wideRow = lines(frame).find(line => line.includes(wide!.participantId!))!;
	const plainRow = lines(frame).find(line => line.includes(plain!.participantId!))!;
	t.true(wideRow.includes('山田太郎'), wideRow);
	t.true(wideRow.includes('…'), 'the user ID is wider than its column: cut, with an ellipsis');
	t.is(columnOf(wideRow, wide!.participantId!), columnOf(titles, 'Participant ID'), `${titles}\n${wideRow}`);
	t.is(columnOf(plainRow, plain!.participantId!), columnOf(titles, 'Participant ID'));
	t.is(columnOf(wideRow, 'pub+sub'), columnOf(plainRow, 'pub+sub'));
	t.is(columnOf(wideRow, 'waiting'), columnOf(plainRow, 'waiting'));
});

test('review at 60 columns: the CJK user ID and the emoji tag whole, no line wider than the terminal', async t => {
	const {store} = tempStore();
	store.saveDraft({request: {name: 'wide', tags: emojiTag, participantTokenConfigurations: [{userId: wideUser}]}, step: 'review'});
	const {instance, cleanup} = mountApp({store});
	t.teardown(cleanup);
	instance.resize(60, 24);
	await ready(instance, 'Resume your draft');
	await press(instance, keys.enter);
	const frame = await waitForFrame(instance, /Review and create/);
	t.true(widest(frame) <= 60, frame);
	t.true(frame.includes(`1. ${wideUser}`), frame);
	t.true(frame.includes('🎥 = on air 🎬'), frame);
});

test('line mode: the token table lines up in columns with a CJK user ID', t => {
	const table = tokenTableLines(
		[
			{participantId: 'pWide', userId: wideUser, capabilities: ['PUBLISH', 'SUBSCRIBE'], token: 't'},
			{participantId: 'pPlain', userId: 'bob', capabilities: ['SUBSCRIBE'], token: 't'},
		],
		{reveal: false, now: 0},
	);
	const [titles, , wide, plain] = table.slice(1);
	t.is(columnOf(wide!, 'pWide'), columnOf(titles!, 'Participant ID'));
	t.is(columnOf(plain!, 'pPlain'), columnOf(titles!, 'Participant ID'));
	t.is(columnOf(wide!, 'pub+sub'), columnOf(titles!, 'Can'));
	t.is(columnOf(plain!, 'sub'), columnOf(titles!, 'Can'));
});
