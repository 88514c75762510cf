// What a Tab offers for the words typed so far: commands, subcommands, the options of the command
// being typed, and the values an option takes. Pure: the names only the machine knows (profiles,
// presets, files) come from `sources`, so this is tested without touching a disk.
import type {CommandCompletion, CompletionSpec, OptionCompletion, OperandKind} from './spec-types.js';

export type CompletionSources = {
	regions: () => readonly string[];
	profiles: () => readonly string[];
	presets: () => readonly string[];
	/** ARNs of the stages this tool created lately, newest first. */
	stageArns: () => readonly string[];
	/** Paths starting with `partial`, directories ending in `/`. */
	files: (partial: string) => readonly string[];
};

/** The keys of one participant-token shorthand item, and the values capabilities takes. */
const tokenKeys = ['userId=', 'capabilities=', 'duration=', 'attributes='];
const capabilities = ['PUBLISH', 'SUBSCRIBE'];
const fileUrl = 'file://';

/**
 * `typed`: the complete words after the program's name; `current`: the word under the cursor (may
 * be empty). Returns whole words starting with `current`; the shell script cuts them to what it
 * replaces.
 */
export function completionCandidates(spec: CompletionSpec, typed: readonly string[], current: string, sources: CompletionSources): string[] {
	const named = typed.length > 0 ? spec.commands[typed[0]!] : undefined;
	if (typed.length === 0 && !current.startsWith('-')) {
		return startingWith(Object.keys(spec.commands), current);
	}

	let command: CommandCompletion = named ?? spec.defaultCommand;
	let rest = named ? typed.slice(1) : typed;
	if (command.subcommands) {
		const sub = rest[0] === undefined ? undefined : command.subcommands[rest[0]];
		if (!sub) {
			return rest.length === 0 ? startingWith([...Object.keys(command.subcommands), ...(current.startsWith('-') ? Object.keys(command.options) : [])], current) : [];
		}

		command = sub;
		rest = rest.slice(1);
	}

	if (command.stopsAtSeparator && rest.includes('--')) {
		return [];
	}

	const open = optionTakingValue(command, rest);
	if (open) {
		return startingWith(valuesOf(open, current, sources), current);
	}

	if (current.startsWith('-')) {
		return startingWith(Object.keys(command.options), current);
	}

	return startingWith(operandsOf(command, rest, current, sources), current);
}

/** The option the current word is a value of: the word before it, or a list option still open. */
function optionTakingValue(command: CommandCompletion, rest: readonly string[]): OptionCompletion | undefined {
	for (let index = rest.length - 1; index >= 0; index--) {
		const word = rest[index]!;
		if (!word.startsWith('-') || /^-\d/.test(word)) {
			continue;
		}

		const option = command.options[word];
		if (!option || option.kind === 'flag') {
			return undefined;
		}

		return index === rest.length - 1 || option.list ? option : undefined;
	}

	return undefined;
}

function valuesOf(option: OptionCompletion, current: string, sources: CompletionSources): readonly string[] {
	switch (option.kind) {
		case 'choices': {
			return option.choices ?? [];
		}

		case 'region': {
			return sources.regions();
		}

		case 'profile': {
			return sources.profiles();
		}

		case 'preset': {
			return sources.presets();
		}

		case 'arn': {
			return sources.stageArns();
		}

		case 'file': {
			return sources.files(current);
		}

		case 'file-url': {
			return fileUrls(current, sources);
		}

		case 'tokens': {
			return current.startsWith('f') ? fileUrls(current, sources) : [...tokenShorthand(current), ...(current === '' ? [fileUrl] : [])];
		}

		default: {
			return [];
		}
	}
}

/** `file://` first; after it, the paths it may name. */
function fileUrls(current: string, sources: CompletionSources): readonly string[] {
	return current.startsWith(fileUrl) ? sources.files(current.slice(fileUrl.length)).map(path => fileUrl + path) : [fileUrl];
}

/**
 * One shorthand item typed so far, `userId=a,capabilities=PUBLISH,S`: after `capabilities=` (or a
 * comma in its list) PUBLISH and SUBSCRIBE, else the keys not yet given.
 */
function tokenShorthand(current: string): string[] {
	const cut = current.lastIndexOf(',') + 1;
	const head = current.slice(0, cut);
	const segment = current.slice(cut);
	const given = [...current.matchAll(/(?:^|,)(\w+)=/g)].map(match => `${match[1]}=`);
	const unused = tokenKeys.filter(key => !given.includes(key));
	if (segment.startsWith('capabilities=')) {
		return capabilities.map(capability => `${head}capabilities=${capability}`);
	}

	const lastKey = given.at(-1);
	const inCapabilities = cut > 0 && !segment.includes('=') && lastKey === 'capabilities=';
	return [...(inCapabilities ? capabilities : []), ...unused].map(word => head + word);
}

function operandsOf(command: CommandCompletion, rest: readonly string[], current: string, sources: CompletionSources): readonly string[] {
	const kind: OperandKind | undefined = command.operands;
	// Only the first word that is no option names the preset (or stage): rename's second is a new name.
	const operandsBefore = operandWords(command, rest);
	if (kind === 'preset' && operandsBefore === 0) {
		return sources.presets();
	}

	if (kind === 'arn' && operandsBefore === 0) {
		return sources.stageArns();
	}

	return kind === 'file' && operandsBefore === 0 ? sources.files(current) : [];
}

/** The words that are operands: neither an option nor the value an option before it takes. */
function operandWords(command: CommandCompletion, rest: readonly string[]): number {
	let count = 0;
	for (let index = 0; index < rest.length; index++) {
		const word = rest[index]!;
		if (!word.startsWith('-')) {
			count++;
		} else if (command.options[word] && command.options[word].kind !== 'flag' && !command.options[word].list) {
			index++;
		}
	}

	return count;
}

function startingWith(words: readonly string[], current: string): string[] {
	return [...new Set(words.filter(word => word.startsWith(current)))];
}
