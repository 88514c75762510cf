// The readme's command blocks, as the readme test walks them. A fenced block (```, ```sh or
// ```console) is a command block, and the line before it says what it is, in a comment a reader of
// the rendered page never sees:
//
//   <!-- readme-test: run -->                 run every command; each must exit 0
//   <!-- readme-test: run; exit 252 -->       …each must exit 252
//   <!-- readme-test: run; stages 95 -->      …against a fresh emulator already holding 95 stages
//   <!-- readme-test: run; skip 2: REASON --> …except the second command, for the reason given
//   <!-- readme-test: not run: REASON -->     not run here, and why (real AWS, a terminal, a synopsis)
//
// In a block, a line starting `$ ` is a command (a line ending in `\` goes on to the next) and the
// lines after it, up to the next command, are what it prints, stdout and stderr as a terminal
// shows them. `$ echo $?` shows the code the command before it exited with (checked there, not by
// `exit`). A `…` in a line stands for text left out; a line that is only `…` for lines left out.
// A block with no `$ ` is a script: every command in it runs, and what it prints is not shown.
export type Command = {text: string; expected?: string[]};

export type Block = {
	line: number;
	commands: Command[];
	marker: {run: false; reason: string} | {run: true; exit: number; stages: number; skip: Map<number, string>};
};

const fence = /^( *)```(\w*)\s*$/;
const markerLine = /^\s*<!-- readme-test: (.*) -->\s*$/;

export function readmeBlocks(text: string): Block[] {
	const lines = text.split('\n');
	const blocks: Block[] = [];
	for (let index = 0; index < lines.length; index++) {
		const open = fence.exec(lines[index]!);
		if (!open) {
			continue;
		}

		const [, indent, language] = open;
		const close = lines.findIndex((line, at) => at > index && line.trimEnd() === `${indent}\`\`\``);
		if (close === -1) {
			throw new Error(`readme.md:${index + 1}: a block that never closes`);
		}

		if (['', 'sh', 'console'].includes(language!)) {
			const body = lines.slice(index + 1, close).map(line => line.slice(indent!.length));
			blocks.push({line: index + 1, commands: commandsOf(body), marker: markerOf(lines[index - 1] ?? '', index + 1)});
		}

		index = close;
	}

	return blocks;
}

function markerOf(line: string, at: number): Block['marker'] {
	const found = markerLine.exec(line)?.[1];
	if (found === undefined) {
		throw new Error(`readme.md:${at}: a command block without a <!-- readme-test: … --> line before it (run, or not run: and why)`);
	}

	const notRun = /^not run: (.+)$/.exec(found);
	if (notRun) {
		return {run: false, reason: notRun[1]!};
	}

	const [first, ...options] = found.split(';').map(part => part.trim());
	if (first !== 'run') {
		throw new Error(`readme.md:${at}: "${found}" is neither run nor not run: REASON`);
	}

	const marker = {run: true as const, exit: 0, stages: 0, skip: new Map<number, string>()};
	for (const option of options) {
		const [, name, value, reason] = /^(exit|stages|skip) (\d+)(?:: (.+))?$/.exec(option) ?? [];
		if (name === 'skip' && reason) {
			marker.skip.set(Number(value), reason);
		} else if (name === 'exit' || name === 'stages') {
			marker[name] = Number(value);
		} else {
			throw new Error(`readme.md:${at}: unknown option "${option}"`);
		}
	}

	return marker;
}

/** A transcript's commands with what each shows, or a script's commands. */
function commandsOf(body: string[]): Command[] {
	const transcript = body.some(line => line.startsWith('$ '));
	const commands: Command[] = [];
	for (let index = 0; index < body.length; index++) {
		let line = body[index]!;
		if (transcript ? !line.startsWith('$ ') : line.trim() === '' || line.trimStart().startsWith('#')) {
			if (transcript) {
				commands.at(-1)?.expected?.push(line);
			}

			continue;
		}

		let text = transcript ? line.slice(2) : line;
		while (line.endsWith('\\') && index + 1 < body.length) {
			line = body[++index]!;
			text += `\n${line}`;
		}

		commands.push(transcript ? {text, expected: []} : {text});
	}

	for (const command of commands) {
		// The blank lines before the next command or the fence are the block's, not the output's.
		while (command.expected?.at(-1) === '') {
			command.expected.pop();
		}
	}

	return commands;
}

// What changes from run to run, and the pattern it is matched by: a stage's ID, a session's, the
// endpoint's host, an emulator's port, a token, a time.
const volatile: Array<[RegExp, string]> = [
	[/eyJ[\w-]*…[\w.-]*/y, String.raw`eyJ[\w.-]+`],
	[/(?<=:stage\/)[A-Za-z0-9]+/y, '[A-Za-z0-9]+'],
	[/st-[A-Za-z0-9]{13}/y, 'st-[A-Za-z0-9]+'],
	[/[0-9a-f]{12}(?=\.global)/y, '[0-9a-f]{12}'],
	// An emulator's port (its WHIP endpoint is on it).
	[/(?<=127\.0\.0\.1:)\d+/y, String.raw`\d+`],
	[/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/y, String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z`],
	[/…/y, '.*?'],
];

function linePattern(line: string): string {
	let pattern = '';
	let at = 0;
	outer: while (at < line.length) {
		for (const [token, replacement] of volatile) {
			token.lastIndex = at;
			const match = token.exec(line);
			if (match && match[0] !== '') {
				pattern += replacement;
				at += match[0].length;
				continue outer;
			}
		}

		pattern += line[at]!.replace(/[.*+?^${}()|[\]\\]/, '\\$&');
		at++;
	}

	return pattern;
}

/** Whether `actual` (a command's output) is what the readme shows, read as above. */
export function outputMatches(expected: readonly string[], actual: string): boolean {
	const pattern = expected.map(line => (line === '…' ? '(?:[^\\n]*\\n)*?[^\\n]*' : linePattern(line))).join('\n');
	return new RegExp(`^${pattern}$`).test(actual.replace(/\n$/, ''));
}
