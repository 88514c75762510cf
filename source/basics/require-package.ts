// A few packages only some runs need, and the code that needs them is synchronous: conf and
// proper-lockfile at the first preset write, yaml for --cli-input-yaml, jmespath for --query.
// They are loaded here, on first use. From source that is node_modules; in dist/ the build swaps
// this module for one that loads each package's own bundle beside the chunks (scripts/build.mjs),
// so the published package needs no node_modules and a run that does not need them never reads them.
import {createRequire} from 'node:module';

export type LazyPackage = 'conf' | 'jmespath' | 'proper-lockfile' | 'yaml';

const requireHere = createRequire(import.meta.url);

export function requirePackage(name: LazyPackage): unknown {
	return requireHere(name);
}
