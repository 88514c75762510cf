// Types for scripts/builtins-through-require.mjs, which the build (plain Node) and the tests share.
import type {Plugin} from 'esbuild';

export const builtinsThroughRequire: Plugin;

export const requireBanner: string;
