// Types for scripts/bundle-patches.mjs, which the build (plain Node), the bench and the tests share.
import type {Plugin} from 'esbuild';

export type BundlePatch = {
	name: string;
	file: RegExp;
	version: string;
	replacements: Array<{find: string; replace: string; all?: boolean}>;
	/** Fails the build if the patched code still matches: a use the patch does not cover. */
	uses?: RegExp;
	/** What it saves, as measured (at least 5 ms of first frame or start-up), and how. */
	gain: string;
	/** The fix written up for the package's maintainers: a file under upstream/. */
	upstream: string;
};

export const bundlePatches: BundlePatch[];

/** A regular-expression class of the characters each of which is a grapheme of its own. */
export const simpleCharacters: string;

export function applyPatch(patch: BundlePatch, source: string, version: string): string;

/** The esbuild plugin that applies bundlePatches. */
export const patchedPackages: Plugin;
