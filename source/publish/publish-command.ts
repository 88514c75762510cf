// `ivs-stage-wizard publish (--token TOKEN | --stage-arn ARN [--user-id ID] | create-stage options |
// --preset NAME) [options]`: every word read by create-stage's argparse rules (publish's own options
// join that table, as run's do), so `publish --name demo --preset class` reads as create-stage
// would. Which form it is, and every setting, is checked before anything is sent: a refusal is
// one line and exit 252.
import {groupArgv} from '../args/group-argv.js';
import {createStageOptions, ownOption, type GlobalOptions} from '../args/options.js';
import {parseCreateStageArgv} from '../args/parse-argv.js';
import {clientSettingsFor} from '../cli/destination.js';
import {type CliIo, writeAll} from '../cli/io.js';
import {checkedSettings} from '../run/run-command.js';
import {UsageError, exitCodes} from '../basics/errors.js';
import {parseStageReference, type StageReference} from '../stages/stage-reference.js';
import {publishUsage} from './usage.js';

export const publishOptions = [
	ownOption('--token', 'value', 'token', 'A participant token with PUBLISH; the stage and the WHIP URL come from it.', 'TOKEN'),
	ownOption('--stage-arn', 'value', 'stageArn', 'Make a PUBLISH token for this stage first (CreateParticipantToken).', 'ARN'),
	ownOption('--user-id', 'value', 'userId', 'With --stage-arn: the token\'s user ID (default publish-test).', 'ID'),
	ownOption('--source', 'value', 'source', 'test-pattern (default), an Annex B .h264 FILE (looped), or - for stdin.', 'SOURCE'),
	ownOption('--duration', 'value', 'duration', 'Stop after this many seconds (default: until Ctrl+C).', 'SECONDS'),
];

/**
 * Global options publish takes: where a token or a stage is made and how the call is sent. The
 * rest would be silently ignored (publish prints no answer), so they are refused by name.
 */
const acceptedGlobals = new Set<keyof GlobalOptions>([
	'debug', 'endpointUrl', 'verifySsl', 'profile', 'region', 'caBundle', 'readTimeoutSeconds', 'connectTimeoutSeconds', 'signRequest', 'preset', 'help',
]);

/** An hour-long soak is plenty; a typo of many digits is not a duration. */
const maxDurationSeconds = 7 * 24 * 60 * 60;

function refusal(problem: string): UsageError {
	return new UsageError(`ivs-stage-wizard publish: ${problem} (see --help)`);
}

function stageReference(word: string): StageReference {
	try {
		return parseStageReference(word, '--stage-arn');
	} catch (error) {
		throw error instanceof UsageError ? refusal(error.message) : error;
	}
}

export type PublishContext = {io: CliIo; setDebug: (debug: boolean) => void};

export async function publishCommand(words: readonly string[], {io, setDebug}: PublishContext): Promise<number> {
	if (words[0] === 'help' || words.includes('--help') || words.includes('-h')) {
		await writeAll(io.stdout, publishUsage);
		return exitCodes.ok;
	}

	refuseOptions(words);
	const parsed = parseCreateStageArgv(words, {}, publishOptions);
	const {globals, own} = parsed;
	const text = (name: string): string | undefined => (typeof own[name] === 'string' ? own[name] : undefined);
	const token = text('token');
	const stageArn = text('stageArn');
	// A preset or any CreateStage member (by option or --cli-input-json/yaml) asks for a stage first.
	const creating = globals.preset !== undefined || parsed.explicitKeys.length > 0;
	if (creating && (token !== undefined || stageArn !== undefined)) {
		throw refusal(`${token === undefined ? '--stage-arn names a stage that exists' : '--token publishes into its own stage'}: it cannot go with create options or --preset, which make a new one; give one or the other`);
	}

	if (!creating && (token === undefined) === (stageArn === undefined)) {
		throw refusal(token === undefined
			? 'give --token TOKEN, --stage-arn ARN, or create options (--name, --participant-token-configurations, --preset) for a stage to make first'
			: 'give --token TOKEN or --stage-arn ARN (one of them)');
	}

	// An ARN, or a stage's name as `token --stage-arn`, `watch` and `events` take it (found later).
	const stage = stageArn === undefined ? undefined : stageReference(stageArn);

	const userIdGiven = text('userId');
	if (creating && userIdGiven !== undefined) {
		throw refusal('--user-id names the token made for --stage-arn; a stage made first is published as its first participant with PUBLISH in --participant-token-configurations');
	}

	const userId = userIdGiven ?? 'publish-test';
	if (userId.length > 128) {
		throw refusal('--user-id must be at most 128 characters');
	}

	const durationText = text('duration');
	if (durationText !== undefined && (!/^\d+(\.\d+)?$/.test(durationText) || Number(durationText) <= 0 || Number(durationText) > maxDurationSeconds)) {
		throw refusal(`--duration must be a number of seconds above 0 and at most ${maxDurationSeconds}, not "${durationText}"`);
	}

	setDebug(globals.debug);
	const publishing = {
		userId,
		source: text('source') ?? 'test-pattern',
		...(durationText === undefined ? {} : {durationSeconds: Number(durationText)}),
		connectTimeoutSeconds: globals.connectTimeoutSeconds,
	};
	if (creating) {
		const {createAndPublish} = await import('./create-and-publish.js');
		return createAndPublish(parsed, publishing, io);
	}

	const {publish} = await import('./publish.js');
	return publish({
		...(token === undefined ? {} : {token}),
		...(stage === undefined ? {} : {stage}),
		...publishing,
		async settings() {
			return checkedSettings(clientSettingsFor(globals, {}, io), globals, io);
		},
	}, io);
}

/** The options that make no sense for a publisher (they shape an answer publish never prints), by name. */
function refuseOptions(words: readonly string[]): void {
	const grouped = groupArgv(words, [...createStageOptions, ...publishOptions]);
	// --no-cli-auto-prompt asks for what publish does anyway (no prompt); scripts pass it out of habit.
	const refused = grouped.occurrences.filter(({option}) => option.target.kind === 'global' && !acceptedGlobals.has(option.target.field) && option.flag !== '--no-cli-auto-prompt');
	if (refused.length > 0) {
		const flags = [...new Set(refused.map(({option}) => option.flag))];
		if (flags.includes('--sandbox')) {
			throw refusal('--sandbox\'s stage would end with publish: run `ivs-stage-wizard emulator` and give publish its --endpoint-url instead');
		}

		throw refusal(`${flags.join(', ')} ${flags.length === 1 ? 'is' : 'are'} not for publish: it prints no answer, and publishes into one stage`);
	}
}
