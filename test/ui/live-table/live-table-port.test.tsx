// The live table's calls go through the services port: handed an IvsApi of the test's own (no SDK,
// no HTTP), it shows what that answers. Everything else about the table runs against the emulator.
import test from 'ava';
import type {LiveTableApi} from '../../../source/ui/live-table/live-table.js';
import {LiveTable} from '../../../source/ui/live-table/live-table.js';
import {waitForFrame} from './helpers/frames.js';
import {renderSized} from './helpers/render-sized.js';

const arn = 'arn:aws:ivs:us-west-2:123456789012:stage/AbCdEfGhIjKl';

test('polls through the api it is given: GetStage, then ListParticipants for the active session', async t => {
	const calls: string[] = [];
	const api: LiveTableApi = {
		async getStage(stageArn) {
			calls.push(`GetStage ${stageArn}`);
			return {arn: stageArn, activeSessionId: 'st-1'};
		},
		async listParticipants(query) {
			calls.push(`ListParticipants ${query.stageArn} ${query.sessionId}`);
			return {participants: [{participantId: 'pA', userId: 'alice', state: 'CONNECTED', published: true}]};
		},
		async createParticipantToken() {
			throw new Error('not called');
		},
	};
	const response = {stage: {arn, name: 'port'}, participantTokens: [{participantId: 'pA', userId: 'alice', token: 't'}]};
	const view = renderSized(<LiveTable response={response} region="us-west-2" api={api} pollIntervalMs={100} onExit={() => {}} />, {columns: 80, rows: 24});
	t.teardown(() => view.unmount());
	const frame = await waitForFrame(view, frame => /alice.*publishing/.test(frame));
	t.true(frame.includes('Session st-1'));
	t.deepEqual(calls.slice(0, 2), [`GetStage ${arn}`, `ListParticipants ${arn} st-1`]);
});
