// Copying a token (or the aws command): the system clipboard when there is one; otherwise OSC 52,
// which asks the terminal itself to set the clipboard — the one way that works over SSH and in
// containers with no display server. Both interactive modes copy through this.
import {Buffer} from 'node:buffer';

export type Clipboard = {write(text: string): Promise<void>};

type Writable = {write(chunk: string): unknown};
type Environment = Record<string, string | undefined>;

/**
 * The OSC 52 sequence that sets the clipboard ("c") to text. Inside tmux or screen it is wrapped in
 * their pass-through form, since they otherwise swallow it.
 */
export function osc52(text: string, env: Environment = process.env): string {
	const sequence = `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
	if (env.TMUX) {
		return `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
	}

	if (env.TERM?.startsWith('screen')) {
		return `\u001BP${sequence}\u001B\\`;
	}

	return sequence;
}

export type SystemClipboardOptions = {
	/** Where OSC 52 goes: the terminal the wizard draws on. */
	stdout: Writable;
	env?: Environment;
	/** The system clipboard; clipboardy unless a test passes another. */
	system?: Clipboard;
	/** Told which way the text went, for the status line. */
	onMethod?: (method: 'system' | 'osc52') => void;
};

export function createSystemClipboard(options: SystemClipboardOptions): Clipboard {
	const env = options.env ?? process.env;
	return {
		async write(text) {
			try {
				// Loaded on first use: clipboardy pulls in execa, which start-up does not need.
				const system = options.system ?? (await import('clipboardy')).default;
				await system.write(text);
				options.onMethod?.('system');
			} catch (error) {
				// A dumb terminal prints an escape sequence instead of obeying it: say so, send nothing.
				if (env.TERM === 'dumb') {
					throw new Error(`no system clipboard (${(error as Error).message}), and a dumb terminal cannot be asked to copy`, {cause: error});
				}

				// No xsel/wl-copy/pbcopy, or no display: let the terminal do it. The sequence moves no
				// cursor and prints nothing, so writing it between Ink's frames is safe.
				options.stdout.write(osc52(text, env));
				options.onMethod?.('osc52');
			}
		},
	};
}
