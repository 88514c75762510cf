#!/usr/bin/env node
// The bin. It stays tiny so start-up loads only what the chosen mode needs: the non-interactive
// path never imports Ink or React, and the emulator and presets commands load only themselves
// (source/commands/: the router, the one error edge, and one module per command).
import {enableOwnCompileCache} from './basics/compile-cache.js';

// Only a cache, and only in a folder nobody else can write (see compile-cache.ts): when it stays
// off, nothing changes but the speed, so only --debug says why.
const compileCacheOff = enableOwnCompileCache();
const debug = process.argv.includes('--debug');

function debugLine(text: string): void {
	// The error edge (commands/main.ts) guards stderr too, but these lines can come before it does:
	// a stderr that cannot take a note is no reason to crash.
	if (process.stderr.listenerCount('error') === 0) {
		process.stderr.on('error', () => undefined);
	}

	process.stderr.write(text.replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, ' ') + '\n');
}

if (compileCacheOff && debug) {
	debugLine(`compile cache not used: ${compileCacheOff}`);
}

// Node prints library warnings (a YAML library's, a deprecation) on stderr by default; none of them
// is for the user, so they are dropped, and shown with --debug only.
process.removeAllListeners('warning');
process.on('warning', warning => {
	if (debug) {
		debugLine(`warning: ${warning.name}: ${warning.message}`);
	}
});
// A Tab in a shell (completion --complete): answered by the small completion module alone, so it
// costs about what Node's own start does (npm run bench measures it).
if (process.argv[2] === 'completion' && process.argv[3] === '--complete') {
	const {completeWords} = await import('./completion/complete.js');
	process.stdout.write(completeWords(process.argv.slice(4)));
} else {
	const {main} = await import('./commands/main.js');
	process.exitCode = await main(process.argv.slice(2));
}
