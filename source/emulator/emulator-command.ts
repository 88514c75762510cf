// `ivs-stage-wizard emulator [options]`: the local endpoint as a foreground process. The first
// line on stdout names the URL (scripts wait for it); SIGINT or SIGTERM stops it cleanly, after
// the last state write.
import {parseArgs} from 'node:util';
import {parseFaultSpec, type FaultSpec} from './faults.js';
import {startEmulator, defaultEmulatorOptions, type RunningEmulator} from './start-emulator.js';
import {neutraliseControlCharacters} from '../output/control-characters.js';

export type EmulatorCommandIo = {
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
	/** Where SIGINT and SIGTERM come from; the process by default. */
	signals?: SignalSource;
	/** Stops the emulator as SIGTERM would (exit 0); for embedding and tests. */
	abortSignal?: AbortSignal;
};

type SignalSource = {
	on(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
	off(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
};

const exitOk = 0;
const exitUsage = 252;
const exitOther = 255;
const exitInterrupted = 130;

export const emulatorUsage = `Usage: ivs-stage-wizard emulator [options]

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
  --faults SPEC             inject faults, e.g. latency=200ms,error500=0.1,throttle=0.05,drop=0.01,seed=42
  --no-limits               no stage quota, no request rates
  -h, --help                this text

Control routes (unsigned, loopback only): POST /_emulator/join and /_emulator/leave with
{"token": T} or {"stageArn": A, "userId": U} (and "publish": true to join as a publisher);
GET|POST|DELETE /_emulator/faults; GET /_emulator/state; GET /_emulator/public-key.
`;

type ParsedCommand = {
	help: boolean;
	port: number;
	host: string;
	region: string;
	accountId: string;
	accessKeyId: string;
	secretAccessKey: string;
	statePath?: string;
	faults?: FaultSpec;
	limits: boolean;
};

class UsageProblem extends Error {}

export function parseEmulatorArgs(argv: string[]): ParsedCommand {
	let values: Record<string, string | boolean | undefined>;
	try {
		({values} = parseArgs({
			args: argv,
			strict: true,
			allowPositionals: false,
			options: {
				port: {type: 'string'},
				host: {type: 'string'},
				region: {type: 'string'},
				'account-id': {type: 'string'},
				'access-key-id': {type: 'string'},
				'secret-access-key': {type: 'string'},
				state: {type: 'string'},
				faults: {type: 'string'},
				'no-limits': {type: 'boolean'},
				help: {type: 'boolean', short: 'h'},
			},
		}));
	} catch (error) {
		// parseArgs explains at length; the first sentence is the one line a user needs.
		const message = (error as Error).message.split(/\. /)[0]?.replace(/\.$/, '') ?? 'bad arguments';
		throw new UsageProblem(message);
	}

	const text = (name: string): string | undefined => {
		const value = values[name];
		return typeof value === 'string' ? value : undefined;
	};

	const portText = text('port') ?? String(defaultEmulatorOptions.port);
	if (!/^\d+$/.test(portText) || Number(portText) > 65_535) {
		throw new UsageProblem(`--port must be a whole number from 0 to 65535, not "${portText}"`);
	}

	const region = text('region') ?? defaultEmulatorOptions.region;
	if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
		throw new UsageProblem(`--region must look like us-west-2, not "${region}"`);
	}

	const accountId = text('account-id') ?? defaultEmulatorOptions.accountId;
	if (!/^\d{12}$/.test(accountId)) {
		throw new UsageProblem(`--account-id must be 12 digits, not "${accountId}"`);
	}

	const accessKeyId = text('access-key-id') ?? defaultEmulatorOptions.accessKeyId;
	const secretAccessKey = text('secret-access-key') ?? defaultEmulatorOptions.secretAccessKey;
	if (accessKeyId === '' || secretAccessKey === '') {
		throw new UsageProblem('--access-key-id and --secret-access-key must not be empty');
	}

	const host = text('host') ?? defaultEmulatorOptions.host;
	if (host.trim() === '') {
		throw new UsageProblem('--host must not be empty');
	}

	let faults: FaultSpec | undefined;
	const faultsText = text('faults');
	if (faultsText !== undefined) {
		try {
			faults = parseFaultSpec(faultsText);
		} catch (error) {
			throw new UsageProblem(`--faults: ${(error as Error).message}`);
		}
	}

	const statePath = text('state');
	if (statePath === '') {
		throw new UsageProblem('--state needs a file name');
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
		limits: values['no-limits'] !== true,
	};
}

/** 127.0.0.0/8, ::1 and localhost: the addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
	const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
	return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare) || /^::ffff:127(\.\d{1,3}){3}$/.test(bare);
}

export async function runEmulatorCommand(argv: string[], io: EmulatorCommandIo = {stdout: process.stdout, stderr: process.stderr}): Promise<number> {
	const say = async (stream: NodeJS.WritableStream, text: string) => new Promise<void>(resolve => {
		stream.write(text, () => {
			resolve();
		});
	});

	let command: ParsedCommand;
	try {
		command = parseEmulatorArgs(argv);
	} catch (error) {
		if (error instanceof UsageProblem) {
			await say(io.stderr, `ivs-stage-wizard emulator: ${error.message} (see --help)\n`);
			return exitUsage;
		}

		throw error;
	}

	if (command.help) {
		await say(io.stdout, emulatorUsage);
		return exitOk;
	}

	if (!isLoopbackHost(command.host)) {
		await say(
			io.stderr,
			`Warning: listening on ${command.host}, not loopback: other machines can reach this emulator (the /_emulator/ routes still answer loopback clients only).\n`,
		);
	}

	let emulator: RunningEmulator;
	try {
		emulator = await startEmulator({
			port: command.port,
			host: command.host,
			region: command.region,
			accountId: command.accountId,
			accessKeyId: command.accessKeyId,
			secretAccessKey: command.secretAccessKey,
			statePath: command.statePath,
			faults: command.faults,
			limits: command.limits,
			log(line) {
				// A client chooses the URL a failure log names: its control characters are escaped.
				io.stderr.write(`${line.split('\n').map(part => neutraliseControlCharacters(part)).join('\n')}\n`);
			},
		});
	} catch (error) {
		const {code, message} = error as NodeJS.ErrnoException;
		const reason = code === 'EADDRINUSE'
			? `port ${command.port} on ${command.host} is already in use`
			: code === 'EADDRNOTAVAIL' ? `${command.host} is not an address of this machine` : message;
		await say(io.stderr, `ivs-stage-wizard emulator: cannot start: ${reason}\n`);
		return exitOther;
	}

	const signals = io.signals ?? process;
	// Listening for signals before printing anything: a script may signal as soon as it sees the URL.
	const stopped = new Promise<number>(resolve => {
		const stop = (code: number) => () => {
			signals.off('SIGINT', onInterrupt);
			signals.off('SIGTERM', onTerminate);
			io.abortSignal?.removeEventListener('abort', onTerminate);
			resolve(code);
		};

		const onInterrupt = stop(exitInterrupted);
		const onTerminate = stop(exitOk);
		signals.on('SIGINT', onInterrupt);
		signals.on('SIGTERM', onTerminate);
		if (io.abortSignal?.aborted) {
			onTerminate();
		} else {
			io.abortSignal?.addEventListener('abort', onTerminate, {once: true});
		}
	});

	const secret = command.secretAccessKey === defaultEmulatorOptions.secretAccessKey ? command.secretAccessKey : '<your --secret-access-key>';
	await say(io.stdout, `IVS Real-Time emulator listening on ${emulator.url}\n`);
	await say(
		io.stdout,
		`Region ${emulator.region}, account ${emulator.accountId}, limits ${command.limits ? 'on' : 'off'}, faults ${emulator.faults()}${command.statePath ? `, state in ${command.statePath}` : ''}.\n`
			+ `Try: AWS_ACCESS_KEY_ID=${command.accessKeyId} AWS_SECRET_ACCESS_KEY=${secret} aws ivs-realtime list-stages --region ${emulator.region} --endpoint-url ${emulator.url}\n`
			+ 'Stages here are not real AWS stages. Stop with Ctrl+C.\n',
	);

	const exitCode = await stopped;
	try {
		await emulator.close();
	} catch (error) {
		await say(io.stderr, `ivs-stage-wizard emulator: stopping: ${(error as Error).message}\n`);
		return exitOther;
	}

	await say(io.stderr, 'IVS Real-Time emulator stopped.\n');
	return exitCode;
}
