import test from 'ava';
import {initialLiveTableState, liveTableReducer, type LiveTableState} from '../../../source/ui/live-table/use-live-table-state.js';

const response = {
	stage: {arn: 'arn:aws:ivs:us-west-2:123456789012:stage/s', activeSessionId: ''},
	participantTokens: [
		{participantId: 'pA', userId: 'alice'},
		{participantId: 'pB', userId: 'bob'},
	],
};

function start(): LiveTableState {
	return initialLiveTableState(response);
}

test('selection stays within the rows', t => {
	let state = start();
	state = liveTableReducer(state, {type: 'select-previous'});
	t.is(state.selected, 0);
	state = liveTableReducer(state, {type: 'select-next'});
	state = liveTableReducer(state, {type: 'select-next'});
	t.is(state.selected, 1);
});

test('no session until a poll finds one; an empty activeSessionId counts as none', t => {
	t.is(start().sessionId, undefined);
	const state = liveTableReducer(start(), {type: 'poll-succeeded', at: 1, sessionId: 'st-1', participants: [], everyMs: 3000});
	t.is(state.sessionId, 'st-1');
	t.deepEqual(state.statuses, {'id:pA': 'waiting', 'id:pB': 'waiting'});
});

test('a failure keeps the last states and counts; a success clears it', t => {
	let state = liveTableReducer(start(), {type: 'poll-succeeded', at: 1, sessionId: 'st-1', participants: [{participantId: 'pA', state: 'CONNECTED'}], everyMs: 3000});
	state = liveTableReducer(state, {type: 'poll-failed', message: 'ThrottlingException: Rate exceeded', retryAt: 7});
	state = liveTableReducer(state, {type: 'poll-failed', message: 'ThrottlingException: Rate exceeded', retryAt: 13});
	t.is(state.poll.failures, 2);
	t.is(state.poll.lastUpdated, 1);
	t.is(state.statuses['id:pA'], 'connected');
	state = liveTableReducer(state, {type: 'poll-succeeded', at: 20, sessionId: undefined, participants: [{participantId: 'pA', state: 'CONNECTED'}], everyMs: 3000});
	t.deepEqual(state.poll, {lastUpdated: 20, failures: 0, error: undefined, retryAt: undefined, everyMs: 3000});
	t.is(state.sessionId, 'st-1', 'a poll without a session keeps the known one');
});

test('an unchanged poll keeps the same statuses object, so memoised rows do not re-render', t => {
	const participants = [{participantId: 'pA', state: 'CONNECTED' as const}];
	const first = liveTableReducer(start(), {type: 'poll-succeeded', at: 1, sessionId: 'st-1', participants, everyMs: 3000});
	const second = liveTableReducer(first, {type: 'poll-succeeded', at: 2, sessionId: 'st-1', participants: [...participants], everyMs: 3000});
	t.is(second.statuses, first.statuses);
});

test('an added token gets a row, is selected, and is matched against the last poll at once', t => {
	let state = liveTableReducer(start(), {type: 'poll-succeeded', at: 1, sessionId: 'st-1', participants: [{participantId: 'pC', state: 'CONNECTED'}], everyMs: 3000});
	state = liveTableReducer(state, {type: 'open-editor'});
	t.is(state.overlay, 'editor');
	state = liveTableReducer(state, {type: 'token-requested'});
	t.is(state.overlay, 'none');
	t.true(state.creatingToken);
	t.is(liveTableReducer(state, {type: 'open-editor'}), state, 'no second editor while one token is being created');
	state = liveTableReducer(state, {type: 'token-created', token: {participantId: 'pC', userId: 'carol'}});
	t.is(state.tokens.length, 3);
	t.is(state.selected, 2);
	t.is(state.statuses['id:pC'], 'connected');
	t.false(state.creatingToken);
	t.is(state.notice?.text, 'Added a token for carol');
});

test('details need a row; help toggles; reveal toggles', t => {
	const empty = initialLiveTableState({stage: {arn: 'arn:aws:ivs:us-west-2:1:stage/e'}, participantTokens: []});
	t.is(liveTableReducer(empty, {type: 'open-details'}).overlay, 'none');
	let state = liveTableReducer(start(), {type: 'toggle-help'});
	t.is(state.overlay, 'help');
	state = liveTableReducer(state, {type: 'toggle-help'});
	t.is(state.overlay, 'none');
	t.true(liveTableReducer(start(), {type: 'toggle-reveal'}).revealed);
	t.true(initialLiveTableState(response, true).revealed);
});
