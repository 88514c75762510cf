// Which key signs an offline token: the one --key names, or, with none named, the only key this
// tool keeps in the stage's region. A key must be in the stage's region (IVS checks the two
// match), so any other choice is one line (252) naming the keys there are.
import {UsageError} from '../basics/errors.js';
import type {KeyEntry} from './key-index.js';
import {assertKeyName, describeKeyNames} from './key-name.js';

export function chooseKey(entries: readonly KeyEntry[], named: string | undefined, stageRegion: string): KeyEntry {
	if (named !== undefined) {
		assertKeyName(named, '--key name');
		const entry = entries.find(other => other.name === named);
		if (!entry) {
			throw new UsageError(`No key named "${named}". ${describeKeyNames(entries.map(other => other.name))}`);
		}

		if (entry.region !== stageRegion) {
			throw new UsageError(`The key "${named}" is in ${entry.region} and the stage in ${stageRegion}: a token is signed with a key of the stage's region (ivs-stage-wizard keys create --region ${stageRegion})`);
		}

		return entry;
	}

	const here = entries.filter(entry => entry.region === stageRegion);
	if (here.length === 1) {
		return here[0]!;
	}

	if (here.length === 0) {
		throw new UsageError(`--offline needs a key in ${stageRegion}, and there is none: make one with ivs-stage-wizard keys create --region ${stageRegion}`);
	}

	throw new UsageError(`--offline: there are ${here.length} keys in ${stageRegion}; name one with --key (${here.map(entry => entry.name).join(', ')})`);
}
