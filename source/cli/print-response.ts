// Prints a CreateStage response as --output and --query ask, with the AWS CLI's defaults:
// --output, then AWS_DEFAULT_OUTPUT, then the profile's `output`, then json; the terminal's
// width for tables (80 when not a terminal); colour per --color; a pager on a terminal.
import type {GlobalOptions} from '../args/parse-argv.js';
import {outputFormats, type OutputFormat} from '../args/options.js';
import {UsageError} from '../errors.js';
import {formatOutput} from '../output/format-output.js';
import type {CliIo} from './io.js';
import {pagerCommand, writeThroughPager} from './pager.js';
import {loadProfileCliSettings} from './profile-config.js';

export async function printResponse(response: unknown, globals: GlobalOptions, io: CliIo): Promise<void> {
	const terminal = Boolean(io.stdout.isTTY);
	const needsProfile = (globals.output === undefined && io.env.AWS_DEFAULT_OUTPUT === undefined) || (terminal && globals.pager);
	const profile = needsProfile ? await loadProfileCliSettings(globals.profile, io.env) : {};
	const text = formatOutput(response, {
		format: resolveOutputFormat(globals.output ?? io.env.AWS_DEFAULT_OUTPUT ?? profile.output),
		query: globals.query,
		color: useColor(globals.color, terminal, io.env),
		terminalWidth: terminal ? io.stdout.columns || 80 : 80,
		operationName: 'CreateStage',
		terminal,
	});
	await writeThroughPager(text, globals.pager ? pagerCommand(io.env, profile.cliPager) : undefined, io);
}

function resolveOutputFormat(value: string | undefined): OutputFormat {
	if (value === undefined || value === '') {
		return 'json';
	}

	if (!(outputFormats as readonly string[]).includes(value)) {
		throw new UsageError(`Invalid output format "${value}" (from AWS_DEFAULT_OUTPUT or the profile): must be one of ${outputFormats.join(', ')}`);
	}

	return value as OutputFormat;
}

export function useColor(color: GlobalOptions['color'], terminal: boolean, env: NodeJS.ProcessEnv): boolean {
	if (color === 'on') {
		return true;
	}

	if (color === 'off') {
		return false;
	}

	return terminal && env.NO_COLOR === undefined;
}
