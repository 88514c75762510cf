// conf (with ajv, semver and atomically behind it) takes tens of milliseconds to load, and only
// writes need it: a run with --preset only reads. So it is loaded at the first write,
// synchronously, as the store's API is.
import type Conf from 'conf';
import {requirePackage} from '../require-package.js';

export type ConfClass = typeof Conf;

export function loadConf(): ConfClass {
	return (requirePackage('conf') as {default: ConfClass}).default;
}
