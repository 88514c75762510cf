// Prints a CreateStage response as --output and --query ask, with the AWS CLI's defaults:
// --output, then AWS_DEFAULT_OUTPUT, then the profile's `output`, then json; the terminal's
// width for tables (80 when not a terminal); colour per --color; a pager on a terminal.
// Everything that can be wrong with those settings is found by planOutput, before the request
// is sent: AWS CLI v2 finds a bad output format or a missing pager only after creating the
// stage, and the tokens it would have printed are lost.
import type {GlobalOptions} from '../args/parse-argv.js';
import {UsageError} from '../basics/errors.js';
import {formatBatchOutput, formatOutput, type FormatOptions} from '../output/format-output.js';
import {isOutputFormat, outputFormats, type OutputFormat} from '../output/output-formats.js';
import {assertQueryFits} from '../output/query-fit.js';
import type {CliIo} from './io.js';
import {checkPager, choosePager, writeThroughPager} from './pager.js';
import type {ProfileCliSettings} from './profile-config.js';

export type OutputPlan = {
	format: OutputFormat;
	query: string | undefined;
	color: boolean;
	terminalWidth: number;
	terminal: boolean;
	/** The pager's argv, checked; undefined to write straight to stdout. */
	pager: string[] | undefined;
	/** The operation whose answer is printed (the table's title, the member order); CreateStage if unset. */
	operationName?: string;
};

/** Resolves and checks every output setting; throws UsageError (252) while nothing is sent yet. */
export function planOutput(globals: GlobalOptions, profile: ProfileCliSettings, io: CliIo): OutputPlan {
	const terminal = Boolean(io.stdout.isTTY);
	const format = resolveOutputFormat(globals, profile, io.env);
	const pagerChoice = terminal && globals.pager && format !== 'off' ? choosePager(io.env, profile.cliPager, profile.name) : undefined;
	return {
		format,
		query: globals.query,
		color: wantsColor(globals.color, terminal, io.env),
		terminalWidth: terminal ? io.stdout.columns || 80 : 80,
		terminal,
		pager: pagerChoice ? checkPager(pagerChoice, io.env) : undefined,
	};
}

/**
 * A --query that fails on every answer this call can get is refused (252) while nothing is sent:
 * afterwards the failure would cost the tokens (query-fit.ts). With --output off nothing is printed,
 * so nothing can fail.
 */
export function assertQueryFitsAnswer(plan: OutputPlan, batch: boolean): void {
	if (plan.query !== undefined && plan.format !== 'off') {
		assertQueryFits(plan.query, {operationName: plan.operationName ?? 'CreateStage', batch});
	}
}

/** Whether planOutput needs the profile's settings (reading the config files costs a little). */
export function outputNeedsProfile(globals: GlobalOptions, io: CliIo): boolean {
	return (globals.output === undefined && io.env.AWS_DEFAULT_OUTPUT === undefined) || (Boolean(io.stdout.isTTY) && globals.pager);
}

export async function printResponse(response: unknown, plan: OutputPlan, io: CliIo): Promise<void> {
	await writeThroughPager(formatOutput(response, formatOptions(plan)), plan.pager, io);
}

/** A batch's responses as `{"results": [...]}`, in the plan's format, --query on that object. */
export async function printBatch(responses: readonly unknown[], plan: OutputPlan, io: CliIo): Promise<void> {
	await writeThroughPager(formatBatchOutput(responses, formatOptions(plan)), plan.pager, io);
}

function formatOptions(plan: OutputPlan): FormatOptions {
	return {
		format: plan.format,
		...(plan.query === undefined ? {} : {query: plan.query}),
		color: plan.color,
		terminalWidth: plan.terminalWidth,
		operationName: plan.operationName ?? 'CreateStage',
		terminal: plan.terminal,
	};
}

function resolveOutputFormat(globals: GlobalOptions, profile: ProfileCliSettings, env: NodeJS.ProcessEnv): OutputFormat {
	const [value, source] = globals.output === undefined
		? env.AWS_DEFAULT_OUTPUT === undefined ? [profile.output, `output of profile ${profile.name}`] : [env.AWS_DEFAULT_OUTPUT, 'AWS_DEFAULT_OUTPUT']
		: [globals.output, '--output'];
	if (value === undefined || value === '') {
		return 'json';
	}

	if (!isOutputFormat(value)) {
		throw new UsageError(`Invalid output format "${value}" (from ${source}): must be one of ${outputFormats.join(', ')}; nothing was sent`);
	}

	return value;
}

export function wantsColor(color: GlobalOptions['color'], terminal: boolean, env: NodeJS.ProcessEnv): boolean {
	if (color === 'on') {
		return true;
	}

	if (color === 'off') {
		return false;
	}

	return terminal && env.NO_COLOR === undefined;
}
