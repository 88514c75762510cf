// The AWS CLI's connection and output options for a commander command that calls IVS (keys,
// token), and the checked IvsApi they make: the same settings, precedence and checks as
// create-stage's (destination.ts, connect-checked.ts), so a profile, an endpoint variable or a bad
// region means here what it means there. Nothing is sent before every setting has passed.
import type {Command} from 'commander';
import {defaultGlobalOptions, type GlobalOptions} from '../args/options.js';
import {connectChecked} from '../cli/connect-checked.js';
import type {CliIo} from '../cli/io.js';
import type {OutputPlan} from '../cli/print-response.js';
import {UsageError} from '../basics/errors.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {clientSettingsFor} from '../cli/destination.js';
import type {CommandContext} from './command.js';

export const connectionUsage = '[--region R] [--profile P] [--endpoint-url URL] [--debug]';
export const outputUsage = '[--output json|text|table|yaml|yaml-stream] [--query Q] [--color on|off|auto] [--no-cli-pager]';

export function withConnectionOptions<T extends Command>(command: T): T {
	return command.option('--region <region>').option('--profile <profile>').option('--endpoint-url <url>').option('--debug');
}

export function withAnswerOptions<T extends Command>(command: T): T {
	return command.option('--output <format>').option('--query <expression>').option('--color <mode>').option('--no-cli-pager');
}

type GivenOptions = {region?: string; profile?: string; endpointUrl?: string; debug?: boolean; output?: string; query?: string; color?: string; cliPager?: boolean};

/** The options as create-stage's parser would have left them; `fallback.region` when none is given (a key's own). */
export function globalsOf(command: Command, fallback: {region?: string | undefined} = {}): GlobalOptions {
	const given = command.opts<GivenOptions>();
	const color = given.color ?? 'auto';
	if (color !== 'on' && color !== 'off' && color !== 'auto') {
		throw new UsageError(`--color ${color} is not available: use on, off or auto.`);
	}

	return {
		...defaultGlobalOptions,
		region: given.region ?? fallback.region,
		profile: given.profile,
		endpointUrl: given.endpointUrl,
		debug: given.debug === true,
		// Checked with the profile's and the environment's by planOutput, before anything is sent.
		output: given.output as GlobalOptions['output'],
		query: given.query,
		color,
		pager: given.cliPager !== false,
	};
}

export type Connected = {globals: GlobalOptions; output: OutputPlan; settings: ClientSettings; ivs: IvsApi};

/** Every setting checked, then the client (the SDK loads on first call); the caller closes ivs. */
export async function connectFor(command: Command, context: CommandContext, fallback: {region?: string | undefined} = {}): Promise<Connected> {
	const globals = globalsOf(command, fallback);
	context.debug = globals.debug;
	const io: CliIo = context.io;
	const {output, settings, ivs} = await connectChecked(clientSettingsFor(globals, {}, io), globals, io);
	return {globals, output, settings, ivs};
}
