// Which stages prune looks at: --tag KEY=VALUE (each must match), --name GLOB (picomatch, on the
// stage's name), --idle-for DURATION and --from-runs. Every value is checked before anything is
// sent, and at least one is required: a bare `prune` would mean every stage of the region.
import picomatch from 'picomatch';
import {UsageError} from '../basics/errors.js';
import {runTagKey} from '../run/run-tag.js';
import {parseDuration} from './duration.js';

export type PruneSelectors = {
	/** Each key must be on the stage with exactly this value. */
	tags: ReadonlyArray<readonly [key: string, value: string]>;
	/** The glob as typed, for the lines that name it. */
	nameGlob: string | undefined;
	/** How long a stage must have had no session; undefined: no such rule. */
	idleFor: {ms: number; text: string} | undefined;
	fromRuns: boolean;
};

export type SelectorWords = {tag?: readonly string[]; name?: string; idleFor?: string; fromRuns?: boolean};

/** The model's limits on a tag, and on how many a stage may have (so more can never all match). */
const tagKeyLimit = 128;
const tagValueLimit = 256;
const tagCountLimit = 50;
/** A stage name is at most 128 characters; a glob over it has room for braces and classes. */
const globLimit = 1024;

export function readSelectors(words: SelectorWords): PruneSelectors {
	const tags = (words.tag ?? []).map(word => readTag(word));
	if (tags.length > tagCountLimit) {
		throw new UsageError(`argument --tag: given ${tags.length} times, but a stage has at most ${tagCountLimit} tags`);
	}

	const keys = new Set<string>();
	for (const [key] of tags) {
		if (keys.has(key)) {
			// Two values for one key can never both match: the user meant something else.
			throw new UsageError(`argument --tag: the key "${key}" is given twice; a stage has one value per key, so give it once`);
		}

		keys.add(key);
	}

	const nameGlob = words.name === undefined ? undefined : checkGlob(words.name);
	let idleFor: PruneSelectors['idleFor'];
	if (words.idleFor !== undefined) {
		const parsed = parseDuration(words.idleFor);
		if ('problem' in parsed) {
			throw new UsageError(`argument --idle-for: "${shown(words.idleFor)}" is not a duration: ${parsed.problem}`);
		}

		idleFor = {ms: parsed.ms, text: words.idleFor};
	}

	const selectors = {tags, nameGlob, idleFor, fromRuns: words.fromRuns === true};
	if (tags.length === 0 && nameGlob === undefined && !idleFor && !selectors.fromRuns) {
		throw new UsageError('prune needs at least one of --tag, --name, --idle-for or --from-runs: it never deletes every stage of a region by accident');
	}

	return selectors;
}

/** The cheap part of the choice, from ListStages alone: tags, name, and with --from-runs run's tag. */
export function stageMatcher(selectors: PruneSelectors): (stage: {name: string; tags: Readonly<Record<string, string>>}) => boolean {
	const nameMatches = selectors.nameGlob === undefined ? () => true : picomatch(selectors.nameGlob);
	return stage => selectors.tags.every(([key, value]) => Object.hasOwn(stage.tags, key) && stage.tags[key] === value)
		&& nameMatches(stage.name)
		&& (!selectors.fromRuns || Object.hasOwn(stage.tags, runTagKey));
}

function readTag(word: string): [string, string] {
	const split = word.indexOf('=');
	if (split <= 0) {
		throw new UsageError(`argument --tag: "${shown(word)}" is not KEY=VALUE (e.g. --tag env=ci)`);
	}

	const key = word.slice(0, split);
	const value = word.slice(split + 1);
	if (key.length > tagKeyLimit || value.length > tagValueLimit) {
		throw new UsageError(`argument --tag: "${shown(word)}" is longer than a tag can be (a key at most ${tagKeyLimit} characters, a value at most ${tagValueLimit})`);
	}

	return [key, value];
}

function checkGlob(glob: string): string {
	if (glob === '' || glob.length > globLimit) {
		throw new UsageError(`argument --name: the glob must be 1 to ${globLimit} characters (e.g. --name 'ci-*')`);
	}

	try {
		picomatch.makeRe(glob);
	} catch (error) {
		throw new UsageError(`argument --name: "${shown(glob)}" is not a glob picomatch can read: ${(error as Error).message}`);
	}

	return glob;
}

/** A typed value in a refusal: cut when long, so the line stays one readable line. */
function shown(text: string): string {
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
