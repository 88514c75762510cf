import test from 'ava';
import {defaultGlobalOptions} from '../../source/args/options.js';
import type {CreateStageResponse} from '../../source/stage/request.js';
import {finalReport} from '../../source/wizard/final-report.js';

const response: CreateStageResponse = {
	stage: {arn: 'arn:aws:ivs:us-east-1:123456789012:stage/AbCdEf123456', name: 'show', tags: {}},
	participantTokens: [{participantId: 'p0', token: 'token-0', userId: 'host'}],
};
const options = {globals: {...defaultGlobalOptions}, color: false, columns: 80, terminal: true};

test('after the live table: the ARN and the export path stay on the terminal', t => {
	const report = finalReport(
		{kind: 'created', response, connection: {}, notices: ['Saved preset "x".'], table: {reason: 'quit', response, exportPath: '/tmp/tokens.json'}},
		options,
	);
	t.is(report.stdout, `Stage created: ${response.stage!.arn}\nParticipant tokens exported to /tmp/tokens.json (mode 0600)\n`);
	t.is(report.stderr, 'Saved preset "x".\n');
	t.is(report.exitCode, 0);
});

test('j in the table, or an explicit --output: the formatted response instead', t => {
	const json = finalReport({kind: 'created', response, connection: {}, notices: [], table: {reason: 'json', response}}, options);
	t.deepEqual(JSON.parse(json.stdout).stage.arn, response.stage!.arn);
	const text = finalReport({kind: 'created', response, connection: {}, notices: []}, {...options, globals: {...defaultGlobalOptions, output: 'text', query: 'stage.name'}});
	t.is(text.stdout, 'show\n');
});

test('interrupted or quit: exit 130 and where the draft is kept', t => {
	const interrupted = finalReport({kind: 'interrupted', draftPath: '/c/config.json', notices: []}, options);
	t.is(interrupted.exitCode, 130);
	t.is(interrupted.stderr, 'Interrupted: no stage was created. Your draft is kept in /c/config.json; run again to resume it.\n');
	t.is(finalReport({kind: 'quit', notices: []}, options).stderr, 'No stage was created.\n');
	const late = finalReport({kind: 'created', response, connection: {}, notices: [], interrupted: true}, {...options, sandbox: true});
	t.is(late.exitCode, 130);
	t.regex(late.stdout, /^Stage created in the sandbox \(not a real AWS stage\): arn:/);
});

test('tokens added with a on the made stage\'s table are printed after q or Ctrl+C, not again after j', t => {
	const added = [{participantId: 'p1', token: 'token-1', userId: 'late-guest'}];
	const table = {response: {...response, participantTokens: [...response.participantTokens!, ...added]}, added};
	for (const [reason, interrupted] of [['quit', false], ['interrupt', true]] as const) {
		const report = finalReport({kind: 'created', response: table.response, connection: {}, notices: [], table: {...table, reason}, interrupted}, options);
		const [arnLine, ...json] = report.stdout.split('\n');
		t.is(arnLine, `Stage created: ${response.stage!.arn}`, reason);
		const printed = JSON.parse(json.join('\n')) as CreateStageResponse;
		t.deepEqual(printed.participantTokens, added, reason);
		t.is(printed.stage?.arn, response.stage!.arn, reason);
		t.is(report.stderr, '1 token added here is printed above: the tool keeps it nowhere else.\n', reason);
	}

	const json = finalReport({kind: 'created', response: table.response, connection: {}, notices: [], table: {...table, reason: 'json'}}, options);
	t.is(JSON.parse(json.stdout).participantTokens.length, 2);
	t.is(json.stderr, '');
});
