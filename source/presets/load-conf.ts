// conf (with ajv, semver and atomically behind it) takes ~60 ms to load, and only writes need it:
// a run with --preset only reads. So it is loaded at the first write, synchronously (the store's
// API is), through require() of an ES module, which Node has without a flag since 22.12. On an
// older Node 22 it is loaded up front instead, as a plain import would.
import {createRequire} from 'node:module';
import type Conf from 'conf';

export type ConfClass = typeof Conf;

const preloaded: ConfClass | undefined = process.features.require_module ? undefined : (await import('conf')).default;

export function loadConf(): ConfClass {
	return preloaded ?? (createRequire(import.meta.url)('conf') as {default: ConfClass}).default;
}
