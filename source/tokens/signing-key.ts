// The key an --offline token is signed with: chosen among those `keys create` made (choose-key.ts)
// and its private key read back with every check (private-key-file.ts), before anything is sent.
import {readKeyIndex, type KeyEntry} from '../keys/key-index.js';
import {chooseKey} from '../keys/choose-key.js';
import {openKeysFolder} from '../keys/keys-folder.js';
import {privateKeyPath, readPrivateKeyFile} from '../keys/private-key-file.js';

export type SigningKey = {entry: KeyEntry; privateKeyPem: string; file: string};

export function loadSigningKey(env: NodeJS.ProcessEnv, name: string | undefined, stageRegion: string): SigningKey {
	const folder = openKeysFolder(env, {create: false});
	const entry = chooseKey(readKeyIndex(folder), name, stageRegion);
	const file = privateKeyPath(folder, entry.name);
	return {entry, privateKeyPem: readPrivateKeyFile(file), file};
}
