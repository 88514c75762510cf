// The CreateParticipantToken request `token`'s options make, read as the AWS CLI reads
// create-participant-token's (`--attributes k=v,k2=v2` or JSON or file://, `--capabilities
// PUBLISH SUBSCRIBE`, `--duration 60`), and checked against the API model before anything is sent:
// each field's problems are one line, exit 252.
import type {CreateParticipantTokenRequest} from '@aws-sdk/client-ivs-realtime';
import {cliName, type OptionSpec} from '../args/options.js';
import {unpackParameterValue} from '../args/parameter-value.js';
import {UsageError} from '../basics/errors.js';
import {formatFieldProblems} from '../stage/problem-wording.js';
import {validateOperationInput} from '../stage/validate.js';

export type TokenWords = {
	stageArn?: string;
	userId?: string;
	capabilities?: string[];
	duration?: string;
	attributes?: string;
};

/** The model's members, by the option that gives each, with their shapes. */
const members = {
	userId: {flag: '--user-id', shapeName: 'ParticipantTokenUserId', kind: 'value'},
	capabilities: {flag: '--capabilities', shapeName: 'ParticipantTokenCapabilities', kind: 'list'},
	duration: {flag: '--duration', shapeName: 'ParticipantTokenDurationMinutes', kind: 'value'},
	attributes: {flag: '--attributes', shapeName: 'ParticipantTokenAttributes', kind: 'value'},
} as const;

type Participant = Omit<CreateParticipantTokenRequest, 'stageArn'>;

/** The participant the options describe (no stage): each value unpacked as the AWS CLI would. */
export function participantFromWords(words: TokenWords, env: NodeJS.ProcessEnv): Participant {
	const participant: Record<string, unknown> = {};
	for (const [member, {flag, shapeName, kind}] of Object.entries(members)) {
		const given = words[member as keyof typeof members];
		if (given === undefined) {
			continue;
		}

		// CreateParticipantToken's member, read as the drop-ins read it (the shape and the member's name).
		const option = {flag, kind, stage: 'operation', origin: 'parameter', target: {kind: 'parameter', member, shapeName}, typeName: '', description: ''} satisfies OptionSpec;
		participant[member] = unpackParameterValue(option, Array.isArray(given) ? given : [given], {env});
	}

	return participant;
}

/**
 * The whole request, checked; throws UsageError with one line per field that breaks a rule, the
 * field named by its option (`--duration: 0 must be at least 1`), or after `where` by its member.
 */
export function checkedTokenRequest(request: CreateParticipantTokenRequest, where?: string): CreateParticipantTokenRequest {
	const problems = validateOperationInput('CreateParticipantToken', request, {refuseNull: true});
	if (problems.length > 0) {
		throw new UsageError(formatFieldProblems(problems).map(line => (where === undefined ? asOption(line) : `${where}${line}`)));
	}

	return request;
}

/** `duration: …` → `--duration: …`, `stageArn: …` → `--stage-arn: …`. */
function asOption(line: string): string {
	return line.replace(/^[a-zA-Z]+/, member => `--${cliName(member)}`);
}
