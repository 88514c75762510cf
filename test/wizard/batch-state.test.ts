// The wizard's batch, as pure pieces: the count in the reducer, a batch's creation from start to
// end, the problems a count brings to the name, the names at review, and the final report.
import test from 'ava';
import {defaultGlobalOptions} from '../../source/args/options.js';
import {batchNames} from '../../source/wizard/batch-names.js';
import {finalReport} from '../../source/wizard/final-report.js';
import {presetStart} from '../../source/wizard/start-choice.js';
import {selectProblems} from '../../source/wizard/problems.js';
import {initialWizardState, wizardReducer, type WizardAction, type WizardState} from '../../source/wizard/wizard-state.js';
import type {CreateStageResponse} from '../../source/stage/request.js';

const stage = (n: number): CreateStageResponse => ({stage: {arn: `arn:aws:ivs:us-west-2:123456789012:stage/s${n}`, name: `room-${n}`}, participantTokens: []});

function run(state: WizardState, ...actions: WizardAction[]): WizardState {
	return actions.reduce(wizardReducer, state);
}

test('a batch runs from batchStarted to batchEnded; nothing made and a failure goes back to review', t => {
	const start = initialWizardState({name: 'room-{n}'}, {}, undefined, 3);
	const running = run(start, {type: 'batchStarted', total: 3, startedAt: 1000}, {type: 'batchStageCreated', response: stage(1)}, {type: 'batchStopRequested'});
	t.like(running.creation, {status: 'batch', total: 3, startedAt: 1000, stopping: true});
	const ended = run(running, {type: 'batchEnded', interrupted: true});
	t.deepEqual(ended.creation.status === 'batch' && ended.creation.ended, {interrupted: true});
	const refused = run(start, {type: 'batchStarted', total: 3, startedAt: 1000}, {type: 'batchEnded', failure: {n: 1, code: 'Quota', message: 'no room'}});
	t.is(refused.route, 'review');
	t.deepEqual(refused.creation, {status: 'failed', code: 'Quota', message: 'no room'});
	t.is(refused.request.name, 'room-{n}', 'every answer kept');
});

test('the count: changed by name, kept when a preset has none, a preset\'s own when it has one', t => {
	const state = run(initialWizardState({}, {}, undefined, 4), {type: 'countChanged', count: 7});
	t.is(state.count, 7);
	const preset = {name: 'p', request: {name: 'r-{n}'}, createdAt: '', updatedAt: ''};
	t.is(run(state, {type: 'started', ...presetStart(preset, {}, true)}).count, 7);
	t.is(run(state, {type: 'started', ...presetStart({...preset, count: 12}, {}, true)}).count, 12);
});

test('a count brings the {n} rule and its range to the name step; {n} is checked at its longest', t => {
	const kinds = (name: string, count: number) => selectProblems({name}, count).map(problem => problem.rule.kind);
	t.deepEqual(kinds('room', 3), ['batchName']);
	t.deepEqual(kinds('room-{n}', 3), []);
	t.deepEqual(kinds('', 3), []);
	t.deepEqual(kinds('room-{n}', 0), ['batchCount']);
	t.deepEqual(kinds('room-{n}', 101), ['batchCount']);
	t.deepEqual(kinds(`${'a'.repeat(126)}{n}`, 9), []);
	t.deepEqual(kinds(`${'a'.repeat(126)}{n}`, 100), ['maxLength']);
	t.deepEqual(batchNames('room-{n}', 12), '12: room-1, room-2 … room-12');
	t.deepEqual(batchNames(undefined, 2), '2, without names');
});

test('the final report of a batch: a list, {"results"} with --output, the failure in the AWS CLI\'s words (254), Ctrl+C (130)', t => {
	const base = {kind: 'batch' as const, results: [stage(1), stage(2)], total: 3, connection: {}, notices: []};
	const options = {globals: defaultGlobalOptions, color: false, columns: 80, terminal: true};
	t.deepEqual(finalReport({...base, total: 2}, options), {
		stdout: '2 stages created:\n  1. room-1  arn:aws:ivs:us-west-2:123456789012:stage/s1\n  2. room-2  arn:aws:ivs:us-west-2:123456789012:stage/s2\n',
		stderr: '',
		exitCode: 0,
	});
	const failed = finalReport({...base, failure: {n: 3, code: 'ServiceQuotaExceededException', message: 'full'}}, {...options, globals: {...defaultGlobalOptions, output: 'json', query: 'results[].stage.name'}});
	t.is(failed.stdout, '[\n    "room-1",\n    "room-2"\n]\n');
	t.is(failed.stderr, '\nAn error occurred (ServiceQuotaExceededException) when calling the CreateStage operation: full\nThe batch stopped at stage 3: 2 of 3 stages created.\n');
	t.is(failed.exitCode, 254);
	const stopped = finalReport({...base, interrupted: true}, options);
	t.is(stopped.exitCode, 130);
	t.is(stopped.stderr, 'Interrupted: 2 of 3 stages created; stopped before stage 3.\n');
	t.true(stopped.stdout.startsWith('2 of 3 stages created:\n'));
});
