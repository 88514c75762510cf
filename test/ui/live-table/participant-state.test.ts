import test from 'ava';
import type {ParticipantSummary, ParticipantToken} from '@aws-sdk/client-ivs-realtime';
import {participantStates, tokenKey} from '../../../source/ui/live-table/participant-state.js';

const alice: ParticipantToken = {participantId: 'pA', userId: 'alice'};
const bob: ParticipantToken = {participantId: 'pB', userId: 'bob'};
const carol: ParticipantToken = {participantId: 'pC', userId: 'carol'};
const dave: ParticipantToken = {participantId: 'pD', userId: 'dave'};

test('waiting, connected, publishing and disconnected by participantId', t => {
	const summaries: ParticipantSummary[] = [
		{participantId: 'pB', userId: 'bob', state: 'CONNECTED', published: false},
		{participantId: 'pC', userId: 'carol', state: 'CONNECTED', published: true},
		{participantId: 'pD', userId: 'dave', state: 'DISCONNECTED', published: true},
	];
	t.deepEqual(participantStates([alice, bob, carol, dave], summaries), {
		'id:pA': 'waiting',
		'id:pB': 'connected',
		'id:pC': 'publishing',
		'id:pD': 'disconnected',
	});
});

test('a reconnected participant shows its liveliest entry', t => {
	const summaries: ParticipantSummary[] = [
		{participantId: 'pA', state: 'DISCONNECTED'},
		{participantId: 'pA', state: 'CONNECTED', published: false},
	];
	t.is(participantStates([alice], summaries)['id:pA'], 'connected');
});

test('falls back to a unique userId when no participantId matches', t => {
	const summaries: ParticipantSummary[] = [{participantId: 'elsewhere', userId: 'alice', state: 'CONNECTED', published: true}];
	t.is(participantStates([alice, bob], summaries)['id:pA'], 'publishing');
	t.is(participantStates([alice, bob], summaries)['id:pB'], 'waiting');
});

test('no userId fallback when two tokens share the userId, or the participant is another token\'s', t => {
	const twin: ParticipantToken = {participantId: 'pA2', userId: 'alice'};
	const unclaimed: ParticipantSummary[] = [{participantId: 'elsewhere', userId: 'alice', state: 'CONNECTED'}];
	t.deepEqual(participantStates([alice, twin], unclaimed), {'id:pA': 'waiting', 'id:pA2': 'waiting'});

	// Bob's participant carries the userId "alice"? It is still Bob's row, not Alice's.
	const claimed: ParticipantSummary[] = [{participantId: 'pB', userId: 'alice', state: 'CONNECTED'}];
	t.is(participantStates([alice, bob], claimed)['id:pA'], 'waiting');
});

test('rows without a participantId are keyed by position', t => {
	t.is(tokenKey({userId: 'x'}, 3), 'row:3');
	t.deepEqual(participantStates([{userId: 'x'}], [{userId: 'x', state: 'CONNECTED'}]), {'row:0': 'connected'});
});
