// When no one is left to answer a prompt. @inquirer/prompts leaves its promise unsettled when its
// readline closes under it: Ctrl+D on an empty line (readline's end of input) or stdin ending. With
// nothing else to wait for, Node then exits 13 with its "unsettled top-level await" warning. This
// turns both into an abort of the prompt (AbortPromptError, its cause saying which), which callers
// treat as an interruption or, at a yes/no question, Ctrl+D as "no".

export type InputEnd = 'ctrl-d' | 'closed';

export type PromptEnd = {signal: AbortSignal; dispose: () => void};

type KeypressKey = {ctrl?: boolean; name?: string} | undefined;

export function watchPromptEnd(input: NodeJS.ReadableStream): PromptEnd {
	const controller = new AbortController();
	const end = (why: InputEnd) => {
		controller.abort(why);
	};

	const onEnd = () => {
		end('closed');
	};

	// Looked at once every listener has had the key, readline's included: Ctrl+D closed the readline
	// only when it paused the input, so a Ctrl+D that deleted a character is not an end.
	const onKeypress = (_text: string | undefined, key: KeypressKey) => {
		if (key?.ctrl && key.name === 'd') {
			queueMicrotask(() => {
				if (input.isPaused()) {
					end('ctrl-d');
				}
			});
		}
	};

	input.on('keypress', onKeypress);
	input.once('end', onEnd);
	if ((input as Partial<NodeJS.ReadStream>).readableEnded) {
		onEnd();
	}

	return {
		signal: controller.signal,
		dispose() {
			input.off('keypress', onKeypress);
			input.off('end', onEnd);
		},
	};
}

/** How a prompt's input ended (see watchPromptEnd), or undefined for any other error. */
export function inputEndOf(error: unknown): InputEnd | undefined {
	if (error instanceof Error && error.name === 'AbortPromptError' && (error.cause === 'ctrl-d' || error.cause === 'closed')) {
		return error.cause;
	}

	return undefined;
}
