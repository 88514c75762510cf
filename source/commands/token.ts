// `token --stage-arn ARN [--user-id U] [--capabilities PUBLISH SUBSCRIBE] [--duration M]
// [--attributes k=v,...] [--offline [--key NAME]] [--preset NAME]`: participant tokens for a stage
// that exists. Through the API (CreateParticipantToken), or with --offline signed here with a key
// from `keys create` (only GetStage is called, for the stage's endpoints). --preset makes one token
// per participant of that preset. Every option and the key are checked before anything is sent.
import type {Command} from 'commander';
import {exitCodes, UsageError} from '../basics/errors.js';
import {findStage, parseStageReference} from '../stages/stage-reference.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {toCliError} from '../ivs/service-errors.js';
import {loadSigningKey} from '../tokens/signing-key.js';
import {makeTokens} from '../tokens/make-tokens.js';
import {assertListFormat, printTokens} from '../tokens/print-tokens.js';
import {tokenRequests} from '../tokens/token-requests.js';
import {type CommandContext, ParsedCommand} from './command.js';
import {connectionUsage, connectFor, outputUsage, withAnswerOptions, withConnectionOptions} from './service-options.js';
import {fitHelp} from '../basics/fit-help.js';

export const tokenUsage = fitHelp(`Usage: ivs-stage-wizard token --stage-arn ARN [--user-id U] [--capabilities PUBLISH SUBSCRIBE] [--duration MINUTES]
                              [--attributes k=v,...] [--offline [--key NAME]] [--preset NAME]
                              ${connectionUsage}
                              ${outputUsage}

Makes a participant token for a stage, printed as create-participant-token prints it:
{"participantToken": {...}}. The options are create-participant-token's, with its rules
(--duration 1 to 20160 minutes, default 720; --capabilities default PUBLISH SUBSCRIBE;
--attributes at most 1 KB, shorthand or JSON). --stage-arn may give the stage's name instead,
when exactly one stage of the region has it (ListStages).
  --offline      sign the token here with a key from \`keys create\` (ES384, kid = the public
                 key's ARN); only GetStage is called. --key NAME picks the key (needed only when
                 there are several in the stage's region).
  --preset NAME  one token per participant of the preset, printed as {"participantTokens": [...]}.
`);

type TokenOptions = {
	stageArn?: string;
	userId?: string;
	capabilities?: string[];
	duration?: string;
	attributes?: string;
	offline?: boolean;
	key?: string;
	preset?: string;
};

const stageArnRegion = /^arn:aws:ivs:([a-z\d-]+):\d+:stage\/[a-zA-Z\d-]+$/;
/** Stands for a named stage's ARN while the participants are checked: valid, and never sent. */
const standInArn = 'arn:aws:ivs:us-east-1:000000000000:stage/standIn';

/** The region the calls go to (the profile's or the environment's), as a config error when there is none. */
async function regionOf(ivs: IvsApi): Promise<string> {
	try {
		return await ivs.region();
	} catch (error) {
		throw toCliError(error, 'GetStage');
	}
}

export function command(context: CommandContext): Command {
	const token = new ParsedCommand('token')
		.option('--stage-arn <arn>')
		.option('--user-id <id>')
		.option('--capabilities <capability...>')
		.option('--duration <minutes>')
		.option('--attributes <attributes>')
		.option('--offline')
		.option('--key <name>')
		.option('--preset <name>');
	return withAnswerOptions(withConnectionOptions(token)).answersHelp(tokenUsage).runs(context, async command => {
		if (command.args.length > 0) {
			throw new UsageError(`token takes no words but options: ${command.args[0]} (ivs-stage-wizard token --help)`);
		}

		const options = command.opts<TokenOptions>();
		// An ARN is checked below, by create-participant-token's rules; anything else must be a name.
		const named = options.stageArn === undefined || options.stageArn.startsWith('arn:') ? undefined : parseStageReference(options.stageArn, '--stage-arn');
		// A named stage's ARN is found later; its participants are checked now, against a stand-in.
		const requests = tokenRequests(named === undefined ? options : {...options, stageArn: standInArn}, context.io);
		if (options.key !== undefined && !options.offline) {
			throw new UsageError('--key names the key that signs an --offline token; give --offline too, or leave --key out');
		}

		const arnRegion = named === undefined ? stageArnRegion.exec(requests[0]!.stageArn!)?.[1] : undefined;
		// The stage's own region unless --region says otherwise: a stage is reached where it is.
		const {output, settings, ivs} = await connectFor(command, context, {region: arnRegion});
		try {
			// The key is read and checked before anything is sent.
			const signingKey = options.offline ? loadSigningKey(context.io.env, options.key, arnRegion ?? await regionOf(ivs)) : undefined;
			const list = options.preset !== undefined;
			if (list) {
				assertListFormat(output);
			}

			const stageArn = named === undefined ? requests[0]!.stageArn! : (await findStage(ivs, named, {endpoint: settings.endpointUrl})).arn;
			const tokens = await makeTokens(requests.map(request => ({...request, stageArn})), {ivs, settings, signingKey, now: () => context.io.now?.() ?? new Date()});
			await printTokens(tokens, {list, plan: output, io: context.io});
		} finally {
			ivs.close();
		}

		return exitCodes.ok;
	});
}
