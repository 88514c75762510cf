// The emulator's own entry: the local endpoint as a foreground process, for `ivs-stage-wizard
// emulator` (source/commands/emulator.ts reads its options) or anything else that wants one
// running until told to stop. The first line on stdout names the URL (scripts wait for it);
// SIGINT (130) or SIGTERM (0) stops it cleanly, after the last state write. --sandbox does not
// come here: it starts the emulator inside the create-stage process (start-emulator.ts).
import {CliError, exitCodes} from '../basics/errors.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {startEmulator, defaultEmulatorOptions, type EmulatorOptions, type RunningEmulator} from './start-emulator.js';

export type ServeIo = {
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
	/** Where SIGINT and SIGTERM come from; the process by default. */
	signals?: {
		on(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
		off(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
	};
	/** Stops the emulator as SIGTERM would (exit 0); for embedding and tests. */
	abortSignal?: AbortSignal;
};

export type ServeOptions = Omit<EmulatorOptions, 'clock' | 'log'>;

/** 127.0.0.0/8, ::1 and localhost: the addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
	const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
	return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare) || /^::ffff:127(\.\d{1,3}){3}$/.test(bare);
}

/**
 * Runs the emulator until a signal: resolves with the exit code (130 for SIGINT, 0 for SIGTERM or
 * an abort). Failing to start or to stop throws a CliError (255) naming why, in one line.
 */
export async function serveEmulator(options: ServeOptions, io: ServeIo): Promise<number> {
	if (!isLoopbackHost(options.host)) {
		await say(
			io.stderr,
			`Warning: listening on ${options.host}, not loopback: other machines can reach this emulator (the /_emulator/ routes still answer loopback clients only).\n`,
		);
	}

	let emulator: RunningEmulator;
	try {
		emulator = await startEmulator({
			...options,
			log(line) {
				// A client chooses the URL a failure log names: its control characters are escaped.
				io.stderr.write(`${line.split('\n').map(part => neutraliseControlCharacters(part)).join('\n')}\n`);
			},
		});
	} catch (error) {
		const {code, message} = error as NodeJS.ErrnoException;
		const reason = code === 'EADDRINUSE'
			? `port ${options.port} on ${options.host} is already in use`
			: code === 'EADDRNOTAVAIL' ? `${options.host} is not an address of this machine` : message;
		throw new CliError(`ivs-stage-wizard emulator: cannot start: ${reason}`, exitCodes.other);
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

		const onInterrupt = stop(exitCodes.interrupted);
		const onTerminate = stop(exitCodes.ok);
		signals.on('SIGINT', onInterrupt);
		signals.on('SIGTERM', onTerminate);
		if (io.abortSignal?.aborted) {
			onTerminate();
		} else {
			io.abortSignal?.addEventListener('abort', onTerminate, {once: true});
		}
	});

	const secret = options.secretAccessKey === defaultEmulatorOptions.secretAccessKey ? options.secretAccessKey : '<your --secret-access-key>';
	await say(io.stdout, `IVS Real-Time emulator listening on ${emulator.url}\n`);
	await say(
		io.stdout,
		`Region ${emulator.region}, account ${emulator.accountId}, limits ${options.limits ? 'on' : 'off'}, faults ${emulator.faults()}${options.statePath ? `, state in ${options.statePath}` : ''}.\n`
			+ `Try: AWS_ACCESS_KEY_ID=${options.accessKeyId} AWS_SECRET_ACCESS_KEY=${secret} aws ivs-realtime list-stages --region ${emulator.region} --endpoint-url ${emulator.url}\n`
			+ 'Stages here are not real AWS stages. Stop with Ctrl+C.\n',
	);

	const exitCode = await stopped;
	try {
		await emulator.close();
	} catch (error) {
		throw new CliError(`ivs-stage-wizard emulator: stopping: ${(error as Error).message}`, exitCodes.other);
	}

	await say(io.stderr, 'IVS Real-Time emulator stopped.\n');
	return exitCode;
}

/** Waits for the bytes to be handed on; a reader gone away (`| head -1`) does not stop the emulator. */
async function say(stream: NodeJS.WritableStream, text: string): Promise<void> {
	await new Promise<void>(resolve => {
		stream.write(text, () => {
			resolve();
		});
	});
}
