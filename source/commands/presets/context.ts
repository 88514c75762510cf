// What every `presets` subcommand shares: the store, opened once on first use; its notices (a
// broken file moved aside) on stderr before the output they may explain and before an error;
// the positional-word check; and the output options of list and show.
import type {Command} from 'commander';
import {type CliIo, writeAll} from '../../cli/io.js';
import {UsageError} from '../../basics/errors.js';
import {neutraliseControlCharacters} from '../../basics/control-characters.js';
import {listingOutputFormats, type ListingOutputFormat, type ListingOutputOptions} from '../../output/listing-output.js';
import {openPresetStore, type PresetStore} from '../../presets/store.js';
import {isTerminal} from '../command.js';

export type Presets = {
	io: CliIo;
	/** A terminal on stdin and stdout: delete may ask, list and show default to a table. */
	terminal: boolean;
	/** A person reads stdout (a terminal there, whatever stdin is): list prints its table. */
	stdoutTerminal: boolean;
	now: () => Date;
	store: () => PresetStore;
	/** Writes to stdout, after any notice not yet shown. */
	write: (text: string) => Promise<void>;
	flushNotices: () => Promise<void>;
};

export function presetsContext(io: CliIo): Presets {
	const now = io.now ?? (() => new Date());
	let store: PresetStore | undefined;
	let printed = 0;
	const flushNotices = async () => {
		for (const notice of store?.notices.slice(printed) ?? []) {
			await writeAll(io.stderr, `${neutraliseControlCharacters(notice)}\n`);
			printed++;
		}
	};

	return {
		io,
		terminal: isTerminal(io),
		stdoutTerminal: io.isTerminal ?? Boolean(io.stdout.isTTY),
		now,
		store() {
			store ??= openPresetStore({env: io.env, now});
			return store;
		},
		async write(text) {
			await flushNotices();
			await writeAll(io.stdout, text);
		},
		flushNotices,
	};
}

/** A subcommand's action: whatever the store noticed comes out before it ends, error or not. */
export function withNotices<Input>(presets: Presets, action: (input: Input) => Promise<number>): (input: Input) => Promise<number> {
	return async input => {
		let code: number;
		try {
			code = await action(input);
		} catch (error) {
			await presets.flushNotices().catch(() => undefined);
			throw error;
		}

		await presets.flushNotices();
		return code;
	};
}

/** The words that are not options, between min and max of them; else the subcommand's own line. */
export function operands(command: Command, min: number, max: number, message: string): string[] {
	if (command.args.length < min || command.args.length > max) {
		throw new UsageError(message);
	}

	return command.args;
}

/** list's and show's options, in the order the unknown-option line names them. */
export function withOutputOptions<T extends Command>(command: T): T {
	return command.option('--output <format>').option('--query <expression>').option('--color <mode>');
}

export function outputOptions(command: Command, presets: Presets, title: string): ListingOutputOptions {
	const values = command.opts<{output?: string; query?: string; color?: string}>();
	const output = values.output ?? (presets.terminal ? 'table' : 'json');
	if (!(listingOutputFormats as readonly string[]).includes(output)) {
		throw new UsageError(`--output ${output} is not available here: use ${listingOutputFormats.join(', ')}.`);
	}

	const color = values.color ?? 'auto';
	if (!['on', 'off', 'auto'].includes(color)) {
		throw new UsageError(`--color ${color} is not available: use on, off or auto.`);
	}

	return {
		format: output as ListingOutputFormat,
		query: values.query,
		color: color === 'on' || (color === 'auto' && presets.terminal),
		terminalWidth: (presets.terminal ? (presets.io.stdout as Partial<NodeJS.WriteStream>).columns : undefined) ?? 80,
		title,
		terminal: presets.terminal,
	};
}

export function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}
