#!/usr/bin/env node
// The bin. It stays tiny so start-up loads only what the chosen mode needs: the non-interactive
// path never imports Ink or React, and the emulator and presets commands load only themselves
// (source/commands/: the router, the one error edge, and one module per command).
import module from 'node:module';

// V8's code cache on disk (Node ≥ 22.1) roughly halves the cost of loading our modules and the
// SDK's on every run after the first; it is only a cache, so failing to enable it changes nothing.
module.enableCompileCache?.();
// Node prints library warnings (a YAML library's, a deprecation) on stderr by default; none of them
// is for the user, so they are dropped, and shown with --debug only.
process.removeAllListeners('warning');
process.on('warning', warning => {
	if (process.argv.includes('--debug')) {
		process.stderr.write(`warning: ${warning.name}: ${warning.message}`.replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, ' ') + '\n');
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
