// Prints a CreateStage response as --output and --query ask, with the AWS CLI's defaults:
// json, the terminal's width for tables (80 when not a terminal), colour per --color.
import type {GlobalOptions} from '../args/parse-argv.js';
import {formatOutput} from '../output/format-output.js';
import {type CliIo, writeAll} from './io.js';

export async function printResponse(response: unknown, globals: GlobalOptions, io: CliIo): Promise<void> {
	const terminal = Boolean(io.stdout.isTTY);
	const text = await formatOutput(response, {
		format: globals.output ?? 'json',
		query: globals.query,
		color: useColor(globals.color, terminal, io.env),
		terminalWidth: terminal ? io.stdout.columns || 80 : 80,
		operationName: 'CreateStage',
	});
	await writeAll(io.stdout, text);
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
