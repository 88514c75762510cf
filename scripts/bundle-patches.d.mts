// Types for scripts/bundle-patches.mjs, which the build (plain Node) and the tests share.
export type BundlePatch = {
	name: string;
	file: RegExp;
	version: string;
	replacements: Array<{find: string; replace: string}>;
};

export const bundlePatches: BundlePatch[];

export function applyPatch(patch: BundlePatch, source: string, version: string): string;
