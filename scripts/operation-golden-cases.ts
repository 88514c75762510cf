// The drop-ins' golden cases (test/fixtures/output/operations/): which `aws ivs-realtime COMMAND`
// runs make-output-goldens.ts makes for each operation besides create-stage. Each runs against a
// canned body from operations/responses/; usage cases send nothing and keep v2's stderr.
import type {OutputFormat} from '../source/output/output-formats.js';

const stageArn = 'arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh';

export type PlannedOperationCase = {
	/** Path of the golden file, relative to test/fixtures/output/operations/. */
	golden: string;
	/** The AWS CLI's command: `list-stages`. */
	command: string;
	/** The canned answer (operations/responses/NAME.json); none for a case refused before sending. */
	response?: string;
	format?: Exclude<OutputFormat, 'off'>;
	query?: string;
	color: boolean;
	/** The table width: 80 is what the CLI uses when stdout is not a terminal. */
	width: number;
	/** The exact command line after `aws ivs-realtime COMMAND --endpoint-url URL`. */
	args: string[];
};

export type OperationCase = PlannedOperationCase & {
	exitCode: number;
	stderr: string;
	/** The JSON body v2 sent, parsed; null when it sent nothing. */
	request: unknown;
};

const formats = ['json', 'yaml', 'yaml-stream', 'text', 'table'] as const;

/** Each command with the parameters its golden runs give it, and the answers it is shown with. */
const commands: Array<{command: string; args: string[]; responses: string[]; queries: string[]}> = [
	{command: 'list-stages', args: ['--max-results', '3', '--next-token', 'abc'], responses: ['list-stages', 'list-stages-empty'], queries: ['stages[].arn', 'stages[?activeSessionId].[name, tags]', 'length(stages)', 'nextToken']},
	{command: 'get-stage', args: ['--arn', stageArn], responses: ['get-stage'], queries: ['stage.endpoints', 'stage.autoParticipantRecordingConfiguration.thumbnailConfiguration.storage']},
	{command: 'delete-stage', args: ['--arn', stageArn], responses: ['delete-stage'], queries: []},
	{
		command: 'create-participant-token',
		args: ['--stage-arn', stageArn, '--user-id', 'late-guest', '--duration', '60', '--capabilities', 'PUBLISH', 'SUBSCRIBE', '--attributes', 'role=guest,displayName=Zoë'],
		responses: ['create-participant-token'],
		queries: ['participantToken.token', 'participantToken.[userId, expirationTime]'],
	},
	{
		command: 'list-participants',
		args: ['--stage-arn', stageArn, '--session-id', 'st-a1b2c3d4e5f6g', '--filter-by-state', 'CONNECTED', '--no-filter-by-published', '--filter-by-published', '--max-results', '2'],
		responses: ['list-participants'],
		queries: ['participants[].{id: participantId, state: state}', 'participants[0].firstJoinTime'],
	},
	{
		command: 'list-participant-events',
		args: ['--stage-arn', stageArn, '--session-id', 'st-a1b2c3d4e5f6g', '--participant-id', 'ABCDEfghij01', '--max-results', '50'],
		responses: ['list-participant-events'],
		queries: ['events[].name', 'events[?errorCode].[name, errorCode]'],
	},
];

/**
 * Refused before sending: a required option left out, a value argparse or botocore refuses, an
 * unknown option; and the skeletons, which send nothing either.
 */
const refusals: Array<{command: string; tag: string; args: string[]}> = [
	{command: 'get-stage', tag: 'missing-arn', args: []},
	{command: 'delete-stage', tag: 'missing-arn', args: ['--output', 'json']},
	{command: 'list-participants', tag: 'missing-both', args: ['--max-results', '2']},
	{command: 'list-participant-events', tag: 'missing-one', args: ['--stage-arn', stageArn, '--session-id', 'st-a1b2c3d4e5f6g']},
	{command: 'create-participant-token', tag: 'missing-stage-arn', args: ['--user-id', 'u']},
	{command: 'get-stage', tag: 'unknown-option', args: ['--arn', stageArn, '--bogus']},
	{command: 'list-stages', tag: 'max-results-not-a-number', args: ['--max-results', 'abc']},
	{command: 'create-participant-token', tag: 'duration-not-a-number', args: ['--stage-arn', stageArn, '--duration', 'abc']},
	{command: 'get-stage', tag: 'cli-input-missing-arn', args: ['--cli-input-json', '{}']},
	{command: 'get-stage', tag: 'cli-input-unknown-key', args: ['--cli-input-json', '{"arn": "x", "name": "y"}']},
];

export function planOperationCases(): PlannedOperationCase[] {
	const cases: PlannedOperationCase[] = [];
	for (const {command, args, responses, queries} of commands) {
		const add = (response: string, format: (typeof formats)[number], options: {query?: string; color?: boolean; width?: number; tag?: string} = {}) => {
			const color = options.color ?? false;
			const width = options.width ?? 80;
			const name = [format, width === 80 ? '' : `w${width}`, color ? 'color' : '', options.tag ?? ''].filter(Boolean).join('.');
			cases.push({
				golden: `goldens/${response}/${name}.txt`,
				command,
				response,
				format,
				...(options.query === undefined ? {} : {query: options.query}),
				color,
				width,
				args: [...args, '--output', format, '--color', color ? 'on' : 'off', ...(options.query === undefined ? [] : ['--query', options.query])],
			});
		};

		for (const response of responses) {
			for (const format of formats) {
				add(response, format);
			}

			add(response, 'table', {color: true});
			add(response, 'table', {width: 60});
			add(response, 'table', {width: 200});
		}

		for (const [index, query] of queries.entries()) {
			for (const format of formats) {
				add(responses[0]!, format, {query, tag: `q${index + 1}-${slug(query)}`});
			}
		}

		for (const kind of ['input', 'yaml-input']) {
			cases.push({golden: `goldens/${command}/skeleton-${kind}.txt`, command, color: false, width: 80, args: ['--generate-cli-skeleton', kind]});
		}

		// output validates the parameters first.
		cases.push({golden: `goldens/${command}/skeleton-output.txt`, command, color: false, width: 80, args: [...args, '--generate-cli-skeleton', 'output']});
	}

	for (const {command, tag, args} of refusals) {
		cases.push({golden: `goldens/${command}/refused-${tag}.txt`, command, color: false, width: 80, args});
	}

	return cases;
}

function slug(text: string): string {
	return text.replaceAll(/[^A-Za-z0-9]+/g, '-').replaceAll(/^-|-$/g, '').slice(0, 60);
}
