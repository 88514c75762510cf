// The AWS CLI commands a template cannot replace: one create-participant-token per configured
// participant (a token is no CloudFormation resource), an update-stage for recording settings
// CloudFormation cannot express, and the describe-stacks line that finds the stage's ARN for them.
// They are printed inside YAML comments and JSON strings, so every command is one line of
// printable text: a value that is not (a line break, a control or format character) goes through
// --cli-input-json as JSON with every non-ASCII character escaped, which the AWS CLI reads back
// to the very same value.
import {shellQuote} from '../args/render-command.js';
import {shorthandWords} from '../args/render-shorthand.js';
import {isParamFileReference} from '../args/param-file.js';
import type {AutoParticipantRecordingConfiguration, ParticipantTokenConfiguration} from '../stage/request.js';

/** The shell variable the commands read the stage's ARN from. */
export const stageArnVariable = 'STAGE_ARN';

/** The template's Output that holds the stage's ARN. */
export const stageArnOutput = 'StageArn';

const stageArnWord = `"$${stageArnVariable}"`;

/** Letters, marks, digits, punctuation, symbols and the plain space: text that reads as itself. */
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]*$/u;

export function isPrintable(text: string): boolean {
	return printable.test(text);
}

/** JSON whose text is ASCII only (each other character a \u escape): safe in a comment, same value. */
export function asciiJson(value: unknown): string {
	return JSON.stringify(value).replaceAll(/[^\u0020-\u007E]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A CloudFormation stack name (`[a-zA-Z][-a-zA-Z0-9]*`, at most 128 characters) that follows the
 * stage's name, for the deploy and describe-stacks lines; `ivs-stage` for a stage without one.
 */
export function suggestedStackName(stageName: string | undefined): string {
	const reduced = (stageName ?? '').replaceAll(/[^a-zA-Z0-9-]/g, '-').replaceAll(/-+/g, '-').replaceAll(/^-|-$/g, '');
	if (reduced === '') {
		return 'ivs-stage';
	}

	return (/^[a-zA-Z]/.test(reduced) ? reduced : `stage-${reduced}`).slice(0, 128).replace(/-$/, '');
}

export function deployCommand(stackName: string, fileName: string): string {
	return `aws cloudformation deploy --stack-name ${shellQuote(stackName)} --template-file ${shellQuote(fileName)}`;
}

/** Sets STAGE_ARN from the stack's output, for the commands after it. */
export function stageArnCommand(stackName: string): string {
	return `${stageArnVariable}=$(aws cloudformation describe-stacks --stack-name ${shellQuote(stackName)} --query "Stacks[0].Outputs[?OutputKey=='${stageArnOutput}'].OutputValue" --output text)`;
}

/** `--flag word`, or `--flag=word` for a word argparse would otherwise take for an option. */
function option(flag: string, word: string): string {
	return word.startsWith('-') ? `${flag}=${shellQuote(word)}` : `${flag} ${shellQuote(word)}`;
}

/** `aws ivs-realtime create-participant-token` for one configured participant, on the stage in STAGE_ARN. */
export function participantTokenCommand(configuration: Readonly<ParticipantTokenConfiguration>): string {
	const parts = ['aws ivs-realtime create-participant-token', `--stage-arn ${stageArnWord}`];
	const viaJson: Record<string, unknown> = {};
	const {userId, capabilities, duration, attributes} = configuration;
	if (userId !== undefined) {
		if (isPrintable(userId) && !isParamFileReference(userId)) {
			parts.push(option('--user-id', userId));
		} else {
			viaJson['userId'] = userId;
		}
	}

	if (capabilities !== undefined) {
		// An empty list says "no capabilities", which only JSON can say; argparse reads `[` as JSON.
		parts.push(capabilities.length > 0 ? `--capabilities ${capabilities.map(capability => shellQuote(capability)).join(' ')}` : `--capabilities ${shellQuote('[]')}`);
	}

	if (duration !== undefined) {
		parts.push(`--duration ${duration}`);
	}

	if (attributes !== undefined) {
		const [word] = shorthandWords(attributes, 'ParticipantTokenAttributes') ?? [asciiJson(attributes)];
		parts.push(`--attributes ${shellQuote(word!)}`);
	}

	if (Object.keys(viaJson).length > 0) {
		parts.push(`--cli-input-json ${shellQuote(asciiJson(viaJson))}`);
	}

	return parts.join(' ');
}

/** `aws ivs-realtime update-stage` that sets the whole recording configuration as the request has it. */
export function recordingUpdateCommand(configuration: Readonly<AutoParticipantRecordingConfiguration>): string {
	const [word] = shorthandWords(configuration, 'AutoParticipantRecordingConfiguration') ?? [asciiJson(configuration)];
	return `aws ivs-realtime update-stage --arn ${stageArnWord} --auto-participant-recording-configuration ${shellQuote(word!)}`;
}
