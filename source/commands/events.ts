// `ivs-stage-wizard events ARN|NAME [--follow] [--session ID]`: what the stage saw, as a
// timeline (source/events/). A person at a terminal gets the timeline; --output, --query or a
// pipe get `{"events": [...]}` in the AWS CLI's formats; --follow keeps reading and prints each
// new event as it comes (JSON Lines for json) until Ctrl+C, which ends it with 130 as it ends
// `tail -f`. Loads no Ink or React: the timeline is plain lines.
import type {Command} from 'commander';
import {defaultGlobalOptions, type ColorMode, type GlobalOptions} from '../args/options.js';
import {Pacer} from '../core/pacer.js';
import {connectChecked} from '../cli/connect-checked.js';
import {writeAll, type SignalSource} from '../cli/io.js';
import {CliError, UsageError, exitCodes} from '../basics/errors.js';
import {checkFollowFormat, followLine, formatEvents} from '../events/events-output.js';
import {followEvents, finishedSessions, SeenEvents} from '../events/follow-events.js';
import {fetchStageTimeline, type TimelineEvent} from '../events/stage-timeline.js';
import {timelineHeading, timelineLines} from '../events/timeline-text.js';
import {findStage, parseStageReference} from '../stages/stage-reference.js';
import {checkEndpointUrl} from '../ivs/endpoint-url.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {isOutputFormat, outputFormats} from '../output/output-formats.js';
import {defaultPollIntervalMs} from '../basics/backoff.js';
import {createStageRatePerSecond} from '../stage/service-quotas.js';
import {clientSettingsFor} from '../cli/destination.js';
import {type CommandContext, ParsedCommand} from './command.js';
import {fitHelp} from '../basics/fit-help.js';

export const eventsUsage = fitHelp(`Usage: ivs-stage-wizard events ARN|NAME [--follow] [--session ID] [options]

What the stage saw: every participant's events (joined, published, left, errors) in each
session of the stage, merged in time order. An error's code comes with one line that says what
to change (B_FRAME_PRESENT: the encoder sends B-frames; turn them off (x264: bframes=0)).
A NAME is looked up with ListStages in the region; two stages of that name need the ARN.

At a terminal it prints a timeline; with --output, --query or a pipe it prints
{"events": [{"time", "sessionId", "participantId", "userId", "name", "errorCode",
"explanation", ...}]} in the AWS CLI's formats.

Options:
  --follow                  keep reading (every 3 s, slower while nothing happens) and print each
                            new event as it comes, until Ctrl+C (exit 130, as tail -f); with
                            --output json one JSON object a line
  --session ID              only this session (st-…); default every session, the newest last
  --output FORMAT           json, text, table, yaml, yaml-stream or off (--follow: json or text)
  --query EXPRESSION        a JMESPath query on {"events": [...]} (not with --follow)
  --color on|off|auto       colour in --output table
  --region, --profile, --endpoint-url, --no-verify-ssl, --ca-bundle, --cli-read-timeout,
  --cli-connect-timeout, --debug   as the AWS CLI's
  -h, --help                this text
`);

type EventsOptions = {
	follow?: boolean;
	session?: string;
	output?: string;
	query?: string;
	color?: string;
	region?: string;
	profile?: string;
	endpointUrl?: string;
	verifySsl: boolean;
	caBundle?: string;
	cliReadTimeout?: string;
	cliConnectTimeout?: string;
	debug?: boolean;
};

/** A session ID as the API model has it: st- and 13 letters or digits. */
const sessionIdPattern = /^st-[a-zA-Z\d]{13}$/;

function eventsCommand(): ParsedCommand {
	return new ParsedCommand('events')
		.option('--follow')
		.option('--session <id>')
		.option('--output <format>')
		.option('--query <expression>')
		.option('--color <mode>')
		.option('--region <region>')
		.option('--profile <profile>')
		.option('--endpoint-url <url>')
		.option('--no-verify-ssl')
		.option('--ca-bundle <file>')
		.option('--cli-read-timeout <seconds>')
		.option('--cli-connect-timeout <seconds>')
		.option('--debug')
		.answersHelp(eventsUsage);
}

function seconds(value: string | undefined, flag: string): number | undefined {
	if (value === undefined) {
		return undefined;
	}

	if (!/^\d{1,6}$/.test(value)) {
		throw new UsageError(`events: ${flag} takes whole seconds (0 for none), not "${neutraliseControlCharacters(value)}"`);
	}

	return Number(value);
}

/** The command line as the AWS CLI's global options, so the connection is made and checked as create-stage's is. */
function globalsFrom(options: EventsOptions): GlobalOptions {
	if (options.output !== undefined && !isOutputFormat(options.output)) {
		throw new UsageError(`events: --output ${neutraliseControlCharacters(options.output)} is not a format: use ${outputFormats.join(', ')}`);
	}

	const color = options.color ?? 'auto';
	if (!['on', 'off', 'auto'].includes(color)) {
		throw new UsageError(`events: --color ${neutraliseControlCharacters(color)} is not available: use on, off or auto`);
	}

	const readTimeout = seconds(options.cliReadTimeout, '--cli-read-timeout');
	const connectTimeout = seconds(options.cliConnectTimeout, '--cli-connect-timeout');
	return {
		...defaultGlobalOptions,
		output: options.output,
		query: options.query,
		color: color as ColorMode,
		region: options.region,
		profile: options.profile,
		endpointUrl: options.endpointUrl === undefined ? undefined : checkEndpointUrl(options.endpointUrl, '--endpoint-url'),
		verifySsl: options.verifySsl,
		caBundle: options.caBundle,
		...(readTimeout === undefined ? {} : {readTimeoutSeconds: readTimeout}),
		...(connectTimeout === undefined ? {} : {connectTimeoutSeconds: connectTimeout}),
		debug: options.debug ?? false,
		// A timeline is read as it comes, and --follow never ends: no pager.
		pager: false,
	};
}

export function command(context: CommandContext): Command {
	return eventsCommand().runs(context, async parsed => {
		const options = parsed.opts<EventsOptions>();
		context.debug = options.debug ?? false;
		if (parsed.args.length !== 1) {
			throw new UsageError(`events needs one stage, its ARN or its name${parsed.args.length > 1 ? ` (not ${parsed.args.length} words)` : ''}; ivs-stage-wizard events --help says more`);
		}

		const reference = parseStageReference(parsed.args[0]!, 'events');
		if (options.session !== undefined && !sessionIdPattern.test(options.session)) {
			throw new UsageError(`events: --session "${neutraliseControlCharacters(options.session)}" is no session ID (st- and 13 letters or digits)`);
		}

		const globals = globalsFrom(options);
		const {io} = context;
		const {output, ivs} = await connectChecked(clientSettingsFor(globals, {}, io), globals, io);
		const stdoutTerminal = io.isTerminal ?? Boolean(io.stdout.isTTY);
		const timeline = stdoutTerminal && globals.output === undefined && globals.query === undefined;
		if (options.follow && !timeline) {
			checkFollowFormat(output.format, globals.query);
		}

		try {
			return await showEvents(context, {
				ivs,
				reference,
				...(options.session === undefined ? {} : {sessionId: options.session}),
				follow: options.follow ?? false,
				print: timeline
					? {kind: 'timeline'}
					: {kind: 'formatted', options: {format: output.format, query: output.query, color: output.color, terminalWidth: output.terminalWidth, terminal: output.terminal}},
			});
		} finally {
			ivs.close();
		}
	});
}

type Printing = {kind: 'timeline'} | {kind: 'formatted'; options: Parameters<typeof formatEvents>[1]};

type ShowOptions = {
	ivs: Awaited<ReturnType<typeof connectChecked>>['ivs'];
	reference: ReturnType<typeof parseStageReference>;
	sessionId?: string;
	follow: boolean;
	print: Printing;
};

async function showEvents({io}: CommandContext, {ivs, reference, sessionId, follow, print}: ShowOptions): Promise<number> {
	// One request at a time, each at least 200 ms after the last: under every List and Get rate (5 a second).
	const pacer = new Pacer(1000 / createStageRatePerSecond);
	const turn = async () => pacer.turn();
	const stage = await findStage(ivs, reference, {turn});
	const first = await fetchStageTimeline(ivs, stage.arn, {turn, ...(sessionId === undefined ? {} : {sessionId})});
	if (sessionId !== undefined && first.sessions.length === 0) {
		throw new CliError(`Stage ${stage.arn} has no session ${sessionId} (ivs-stage-wizard events ${stage.arn} lists every session's events)`, exitCodes.service);
	}

	const stageName = stage.name ? `${neutraliseControlCharacters(stage.name)}  ` : '';
	let lastSessionId: string | undefined;
	const printEvents = async (events: TimelineEvent[], sessions: typeof first.sessions, streaming: boolean) => {
		if (print.kind === 'timeline') {
			const made = timelineLines(events, sessions, lastSessionId);
			lastSessionId = made.lastSessionId;
			await writeAll(io.stdout, made.lines.map(line => `${line}\n`).join(''));
		} else if (streaming) {
			await writeAll(io.stdout, events.map(event => followLine(event, print.options.format, print.options.terminal)).join(''));
		} else {
			await writeAll(io.stdout, formatEvents(events, print.options));
		}
	};

	if (print.kind === 'timeline') {
		const sessions = first.sessions.length === 1 ? '1 session' : `${first.sessions.length} sessions`;
		await writeAll(io.stdout, `Stage ${stageName}${neutraliseControlCharacters(stage.arn)}\n${first.events.length === 0 ? `No participant events yet (${sessions}).\n` : `${timelineHeading()}\n`}`);
	}

	if (first.events.length > 0 || print.kind === 'formatted') {
		await printEvents(first.events, first.sessions, follow);
	}

	if (!follow) {
		return exitCodes.ok;
	}

	const controller = new AbortController();
	let stoppedBy: 'SIGINT' | 'SIGTERM' | undefined;
	const signals: SignalSource = io.signals ?? process;
	const onInterrupt = () => {
		stoppedBy ??= 'SIGINT';
		controller.abort();
	};

	const onTerminate = () => {
		stoppedBy ??= 'SIGTERM';
		controller.abort();
	};

	signals.on('SIGINT', onInterrupt);
	signals.on('SIGTERM', onTerminate);
	io.abortSignal?.addEventListener('abort', onTerminate, {once: true});
	try {
		const seen = new SeenEvents();
		seen.fresh(first.events);
		await writeAll(io.stderr, `Following ${neutraliseControlCharacters(stage.name ?? stage.arn)}: new events are printed as they happen (Ctrl+C stops).\n`);
		await followEvents({
			api: ivs,
			stageArn: stage.arn,
			...(sessionId === undefined ? {} : {sessionId}),
			turn,
			signal: controller.signal,
			seen,
			finished: new Set(finishedSessions(first.sessions, new Set(first.sessions.map(session => session.sessionId!)))),
			print: async (events, sessions) => printEvents(events, sessions, true),
			notice: async line => writeAll(io.stderr, `${line}\n`),
			intervalMs: defaultPollIntervalMs,
		});
	} finally {
		signals.off('SIGINT', onInterrupt);
		signals.off('SIGTERM', onTerminate);
		io.abortSignal?.removeEventListener('abort', onTerminate);
	}

	return stoppedBy === 'SIGTERM' ? 128 + 15 : exitCodes.interrupted;
}
