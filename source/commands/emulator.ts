// `ivs-stage-wizard emulator [options]`: reads and checks the options, then serves the emulator
// in the foreground (source/emulator/main.ts). Every refusal is one line naming the command.
import type {Command} from 'commander';
import {UsageError, exitCodes} from '../basics/errors.js';
import {parseFaultSpec, type FaultSpec} from '../emulator/faults.js';
import {serveEmulator, type ServeOptions} from '../emulator/main.js';
import {defaultEmulatorOptions} from '../emulator/start-emulator.js';
import {writeAll} from '../basics/write-all.js';
import {didYouMean} from '../basics/did-you-mean.js';
import {type CommandContext, optionFlags, ParsedCommand, type ParseWording} from './command.js';
import {fitHelp} from '../basics/fit-help.js';

export const emulatorUsage = fitHelp(`Usage: ivs-stage-wizard emulator [options]

A local Amazon IVS Real-Time endpoint (API 2020-07-14) for trying, demoing and testing without an
AWS account. Point the AWS CLI or an SDK at it with --endpoint-url and its credentials.

Options:
  --port N                  port to listen on; 0 picks a free one (default 0)
  --host HOST               address to listen on (default 127.0.0.1; anything else is reachable
                            from other machines, and the emulator says so)
  --region REGION           the region it pretends to be (default us-west-2)
  --account-id ID           12-digit account in ARNs (default 123456789012)
  --access-key-id KEY       the one access key it accepts (default test)
  --secret-access-key KEY   its secret (default test)
  --state FILE              keep the state in FILE across restarts (written atomically, mode 0600)
  --faults SPEC             inject faults, e.g. latency=200ms,error500=0.1,seed=42
                            (also throttle=0.05, drop=0.01)
  --no-limits               no stage quota, no request rates
  -h, --help                this text

Control routes (unsigned, loopback only): POST /_emulator/join and /_emulator/leave with
{"token": T} or {"stageArn": A, "userId": U} (and "publish": true to join as a publisher);
POST /_emulator/end-session with {"stageArn": A} (and "endTime": a past time) ends its session;
POST /_emulator/publish-error with the same and "errorCode": C records a PUBLISH_ERROR;
GET|POST|DELETE /_emulator/faults; GET /_emulator/state; GET /_emulator/public-key;
GET /_emulator/whip (WHIP sessions and the frames each received).

WHIP: stages' endpoints.whip is <url>/whip; a publisher POSTs its offer there with a participant
token (ivs-stage-wizard publish does), and becomes a published participant once its video arrives.
`);

export type EmulatorCommandLine = ServeOptions & {help: boolean; faults?: FaultSpec | undefined};

/** The emulator's refusals name it and point at --help. */
function refusal(problem: string): UsageError {
	return new UsageError(`ivs-stage-wizard emulator: ${problem} (see --help)`);
}

const wording: ParseWording = {
	unknownOption(word, command) {
		const suggestion = didYouMean(word, optionFlags(command));
		return `ivs-stage-wizard emulator: Unknown option '${word}'${suggestion ? `, ${suggestion}` : ''} (see --help)`;
	},
	flagWithValue: flag => `ivs-stage-wizard emulator: Option '${flag}' does not take an argument (see --help)`,
	missingValue: option => `ivs-stage-wizard emulator: Option '${option.flags}' argument missing (see --help)`,
};

function emulatorCommand(): ParsedCommand {
	return new ParsedCommand('emulator', wording)
		.option('--port <value>')
		.option('--host <value>')
		.option('--region <value>')
		.option('--account-id <value>')
		.option('--access-key-id <value>')
		.option('--secret-access-key <value>')
		.option('--state <value>')
		.option('--faults <value>')
		.option('--no-limits')
		.option('-h, --help');
}

export function command(context: CommandContext): Command {
	return emulatorCommand().runs(context, async parsed => {
		const options = readOptions(parsed);
		if (options.help) {
			await writeAll(context.io.stdout, emulatorUsage);
			return exitCodes.ok;
		}

		const {help, ...serve} = options;
		return serveEmulator(serve, {
			stdout: context.io.stdout,
			stderr: context.io.stderr,
			...(context.io.signals ? {signals: context.io.signals} : {}),
			...(context.io.abortSignal ? {abortSignal: context.io.abortSignal} : {}),
		});
	});
}

/** `emulator`'s words as options, checked; throws the one-line refusal (252). */
export function parseEmulatorArgs(argv: readonly string[]): EmulatorCommandLine {
	const parsed = emulatorCommand();
	parsed.parse(argv, {from: 'user'});
	return readOptions(parsed);
}

function readOptions(parsed: Command): EmulatorCommandLine {
	const [extra] = parsed.args;
	if (extra !== undefined) {
		throw refusal(`Unexpected argument '${extra}'`);
	}

	const values = parsed.opts<Record<string, string | boolean | undefined>>();
	const text = (name: string): string | undefined => {
		const value = values[name];
		return typeof value === 'string' ? value : undefined;
	};

	const portText = text('port') ?? String(defaultEmulatorOptions.port);
	if (!/^\d+$/.test(portText) || Number(portText) > 65_535) {
		throw refusal(`--port must be a whole number from 0 to 65535, not "${portText}"`);
	}

	const region = text('region') ?? defaultEmulatorOptions.region;
	if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
		throw refusal(`--region must look like us-west-2, not "${region}"`);
	}

	const accountId = text('accountId') ?? defaultEmulatorOptions.accountId;
	if (!/^\d{12}$/.test(accountId)) {
		throw refusal(`--account-id must be 12 digits, not "${accountId}"`);
	}

	const accessKeyId = text('accessKeyId') ?? defaultEmulatorOptions.accessKeyId;
	const secretAccessKey = text('secretAccessKey') ?? defaultEmulatorOptions.secretAccessKey;
	if (accessKeyId === '' || secretAccessKey === '') {
		throw refusal('--access-key-id and --secret-access-key must not be empty');
	}

	const host = text('host') ?? defaultEmulatorOptions.host;
	if (host.trim() === '') {
		throw refusal('--host must not be empty');
	}

	let faults: FaultSpec | undefined;
	const faultsText = text('faults');
	if (faultsText !== undefined) {
		try {
			faults = parseFaultSpec(faultsText);
		} catch (error) {
			throw refusal(`--faults: ${(error as Error).message}`);
		}
	}

	const statePath = text('state');
	if (statePath === '') {
		throw refusal('--state needs a file name');
	}

	return {
		help: values.help === true,
		port: Number(portText),
		host,
		region,
		accountId,
		accessKeyId,
		secretAccessKey,
		statePath,
		faults,
		limits: values.limits !== false,
	};
}
