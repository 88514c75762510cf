// The package.json users get has no install script: `prepare` (it builds dist/ in a clone) is left
// out by the prepack step, so npm 11 has nothing to warn them about (packed-package.test.ts packs
// with --ignore-scripts, since its pack must not rebuild the dist/ other tests run from).
import {readFileSync} from 'node:fs';
import test from 'ava';
import {withoutPrepare} from '../../scripts/packed-manifest.mjs';

const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
const manifest = JSON.parse(text) as {scripts: Record<string, string>};

test('npm pack leaves prepare out of the packed package.json, and nothing else', t => {
	t.is(manifest.scripts.prepack, 'node scripts/packed-manifest.mjs strip');
	t.is(manifest.scripts.postpack, 'node scripts/packed-manifest.mjs restore');
	const packed = JSON.parse(withoutPrepare(text)) as {scripts: Record<string, string>};
	for (const installScript of ['preinstall', 'install', 'postinstall', 'prepare']) {
		t.false(installScript in packed.scripts, installScript);
	}

	const {prepare: _prepare, ...rest} = manifest.scripts;
	t.deepEqual(packed.scripts, rest);
	t.deepEqual({...packed, scripts: manifest.scripts}, manifest);
});
