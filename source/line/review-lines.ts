// The review, as lines: the same sections and words as the Ink review screen (summary.ts), the
// problems in the core validator's wording, the equivalent aws command and the --cli-input-json
// body. Pure, so it is tested as text; every value from the request is neutralised.
import {renderCliInputJson} from '../args/render-command.js';
import {neutraliseControlCharacters as safe} from '../basics/control-characters.js';
import type {CreateStageRequest} from '../stage/request.js';
import {formatProblem} from '../stage/problem-wording.js';
import {problemsAt, type Problem} from '../stage/validate.js';
import {batchNames} from '../wizard/batch-names.js';
import {mapEntries} from '../wizard/collections.js';
import {problemsForStep, strayProblems} from '../wizard/problems.js';
import {reviewCommand} from '../wizard/review-command.js';
import {participantsField, steps, tagsField} from '../wizard/steps.js';
import {describeParticipant, describeRecording, describeWhere} from '../wizard/summary.js';
import {padToColumns} from '../wizard/text-columns.js';
import type {Connection} from '../wizard/wizard-state.js';

// Wide enough for "✗ Participants (12)" and a space.
const labelWidth = 20;

function section(label: string, problems: number, lines: string[]): string[] {
	const head = padToColumns(`${problems > 0 ? '✗ ' : ''}${label}`, labelWidth);
	const [first = '', ...rest] = lines;
	return [`${head}${first}`, ...rest.map(line => `${' '.repeat(labelWidth)}${line}`)];
}

export function reviewLines(request: CreateStageRequest, connection: Connection, problems: Problem[], sandbox: boolean, stages = 1, width?: number): string[] {
	const count = (id: string) => {
		const step = steps.find(candidate => candidate.id === id);
		return step ? problemsForStep(problems, step).length : 0;
	};

	const mark = (path: Array<string | number>) => (problemsAt(problems, path).length > 0 ? '✗ ' : '');
	const tags = mapEntries(request.tags);
	const participants = request.participantTokenConfigurations ?? [];
	const lines = [
		...section('Where', 0, [safe(describeWhere(connection, sandbox))]),
		...section('Name', count('name'), [request.name ? safe(request.name) : '(none)']),
		...(stages > 1 ? section('Stages', 0, [safe(batchNames(request.name, stages))]) : []),
		...section(`Tags (${tags.length})`, count('tags'), tags.length === 0 ? ['(none)'] : tags.map(([key, value]) => `${mark([...tagsField.path, key])}${safe(key)} = ${safe(value)}`)),
		...section(
			`Participants (${participants.length})`,
			count('participants'),
			participants.length === 0
				? ['(none: tokens can be created later)']
				: participants.map((participant, index) => `${mark([...participantsField.path, index])}${index + 1}. ${participant.userId ? safe(participant.userId) : '(no user ID)'} · ${describeParticipant(participant)}`),
		),
		...section('Recording', count('recording'), [safe(describeRecording(request))]),
		'',
	];

	if (problems.length === 0 && !sandbox && !connection.region) {
		lines.push('! No region is set, and CreateStage needs one: Edit a step → Region (or set AWS_REGION).');
	} else if (problems.length === 0) {
		lines.push('✔ No problems: the stage can be created.');
	} else {
		lines.push(`✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before creating:`);
		lines.push(...problems.map(problem => `  ✗ ${safe(formatProblem(problem))}`));
		if (strayProblems(problems).length > 0) {
			lines.push('Members no step edits come from the input file; fix them there.');
		}
	}

	// Split first, then neutralised: a line break is layout, any other control character is shown.
	lines.push('', stages > 1 ? `The same with the AWS CLI, once per stage with {n} = 1…${stages}:` : 'The same with the AWS CLI:', ...reviewCommand(request, connection, sandbox, width).split('\n').map(line => safe(line)));
	lines.push('', '--cli-input-json:', ...renderCliInputJson(request).trimEnd().split('\n').map(line => safe(line)));
	return lines;
}
