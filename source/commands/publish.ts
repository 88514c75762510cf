// `ivs-stage-wizard publish (--token TOKEN | --stage-arn ARN [--user-id ID]) [options]`: reads and
// checks the options, then publishes (../publish/publish.ts). Every refusal is one line.
import type {Command} from 'commander';
import {UsageError, exitCodes} from '../basics/errors.js';
import {resolveClientSettings} from '../ivs/client-settings.js';
import {checkAwsConfigFiles} from '../ivs/local-files.js';
import {writeAll} from '../basics/write-all.js';
import {didYouMean} from '../basics/did-you-mean.js';
import {type CommandContext, optionFlags, ParsedCommand, type ParseWording} from './command.js';

export const publishUsage = `Usage: ivs-stage-wizard publish (--token TOKEN | --stage-arn ARN [--user-id ID]) [options]

Publishes a test stream into a stage over WHIP (H.264 and Opus over WebRTC), as a publisher with
that token would: the quickest way to see whether a stage takes video, and if not, why.

Options:
  --token TOKEN        a participant token with PUBLISH; the stage and the WHIP URL come from it
  --stage-arn ARN      make a PUBLISH token for this stage first (CreateParticipantToken)
  --user-id ID         with --stage-arn: the token's user ID (default publish-test)
  --source SOURCE      test-pattern (default: a looping 640x360 clip with a counter and a tone),
                       an Annex B .h264 FILE (looped), or - for Annex B H.264 on stdin
  --duration SECONDS   stop after this long (default: until Ctrl+C); both DELETE the WHIP session
  --region REGION, --profile NAME, --endpoint-url URL
                       where --stage-arn's token is made (as the AWS CLI takes them)
  -h, --help           this text
`;

/** An hour-long soak is plenty; a typo of many digits is not a duration. */
const maxDurationSeconds = 7 * 24 * 60 * 60;

function refusal(problem: string): UsageError {
	return new UsageError(`ivs-stage-wizard publish: ${problem} (see --help)`);
}

const wording: ParseWording = {
	unknownOption(word, command) {
		const suggestion = didYouMean(word, optionFlags(command));
		return `ivs-stage-wizard publish: Unknown option '${word}'${suggestion ? `, ${suggestion}` : ''} (see --help)`;
	},
	flagWithValue: flag => `ivs-stage-wizard publish: Option '${flag}' does not take an argument (see --help)`,
	missingValue: option => `ivs-stage-wizard publish: Option '${option.flags}' argument missing (see --help)`,
};

function publishCommand(): ParsedCommand {
	return new ParsedCommand('publish', wording)
		.option('--token <value>')
		.option('--stage-arn <value>')
		.option('--user-id <value>')
		.option('--source <value>')
		.option('--duration <value>')
		.option('--region <value>')
		.option('--profile <value>')
		.option('--endpoint-url <value>')
		.option('--debug')
		.option('-h, --help');
}

export function command(context: CommandContext): Command {
	return publishCommand().runs(context, async parsed => {
		const values = parsed.opts<Record<string, string | boolean | undefined>>();
		const text = (name: string): string | undefined => (typeof values[name] === 'string' ? values[name] : undefined);
		if (values.help === true) {
			await writeAll(context.io.stdout, publishUsage);
			return exitCodes.ok;
		}

		const [extra] = parsed.args;
		if (extra !== undefined) {
			throw refusal(`Unexpected argument '${extra}'`);
		}

		const token = text('token');
		const stageArn = text('stageArn');
		if ((token === undefined) === (stageArn === undefined)) {
			throw refusal('give --token TOKEN or --stage-arn ARN (one of them)');
		}

		if (stageArn !== undefined && !/^arn:aws:ivs:[a-z0-9-]+:\d{12}:stage\/[a-zA-Z0-9-]+$/.test(stageArn)) {
			throw refusal(`--stage-arn must be a stage ARN (arn:aws:ivs:REGION:ACCOUNT:stage/ID), not "${stageArn}"`);
		}

		const userId = text('userId') ?? 'publish-test';
		if (userId.length > 128) {
			throw refusal('--user-id must be at most 128 characters');
		}

		const durationText = text('duration');
		if (durationText !== undefined && (!/^\d+(\.\d+)?$/.test(durationText) || Number(durationText) <= 0 || Number(durationText) > maxDurationSeconds)) {
			throw refusal(`--duration must be a number of seconds above 0 and at most ${maxDurationSeconds}, not "${durationText}"`);
		}

		context.debug = values.debug === true;
		const {publish} = await import('../publish/publish.js');
		return publish({
			...(token === undefined ? {} : {token}),
			...(stageArn === undefined ? {} : {stageArn}),
			userId,
			source: text('source') ?? 'test-pattern',
			...(durationText === undefined ? {} : {durationSeconds: Number(durationText)}),
			settings() {
				const settings = resolveClientSettings({region: text('region'), profile: text('profile'), endpointUrl: text('endpointUrl'), debug: values.debug === true}, context.io.env);
				checkAwsConfigFiles(context.io.env);
				return settings;
			},
		}, context.io);
	});
}
