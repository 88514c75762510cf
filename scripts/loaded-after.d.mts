// Types for scripts/loaded-after.mjs, which the build (plain Node) and the tests share.
import type {Metafile, Plugin} from 'esbuild';

/** A later module (a path from the project's root, or a pattern for a package's files) and the entry point loaded before it. */
export type LoadOrder = Array<[later: string | RegExp, before: string]>;

export function loadedAfter(order: LoadOrder): {plugin: Plugin; unproven: (metafile: Metafile) => string[]};
