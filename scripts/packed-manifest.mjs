// `npm pack` and `npm publish` run `prepack` before they read the package.json they pack, and
// `postpack` after. The packed package.json leaves out `prepare`: in a clone it builds dist/ at
// `npm install`, but in the package dist/ is built already (and scripts/ is not there), and npm 11
// warns everyone who installs a package with an install script they have not allowed.
//
//   node scripts/packed-manifest.mjs strip     package.json without `prepare`, the original kept aside
//   node scripts/packed-manifest.mjs restore   the original back
import {copyFileSync, existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

// Beside package.json, not in build/: the build that `prepare` runs during a pack empties build/.
const kept = '.package.json.before-pack';

export function withoutPrepare(text) {
	const manifest = JSON.parse(text);
	delete manifest.scripts?.prepare;
	return `${JSON.stringify(manifest, undefined, 2)}\n`;
}

// Run as a script (prepack, postpack); imported, only withoutPrepare.
const [action] = import.meta.url === pathToFileURL(process.argv[1] ?? '').href ? process.argv.slice(2) : [];
if (action === 'strip') {
	if (existsSync(kept)) {
		throw new Error(`${kept} is there: an earlier pack was cut short. Move it back to package.json, then pack again.`);
	}

	copyFileSync('package.json', kept);
	writeFileSync('package.json', withoutPrepare(readFileSync('package.json', 'utf8')));
} else if (action === 'restore') {
	renameSync(kept, 'package.json');
}
