// For store-import-cost.test.ts: records every module resolved while a store is opened and read, as
// a run with --preset does, then (on request) while one preset is saved; prints the URLs as JSON.
import module from 'node:module';

const resolved: string[] = [];
module.registerHooks({
	resolve(specifier, context, nextResolve) {
		const result = nextResolve(specifier, context);
		resolved.push(result.url);
		return result;
	},
});

const [configDir, phase] = process.argv.slice(2);
const {openPresetStore} = await import('../../source/presets/store.js');
const store = openPresetStore(configDir === undefined ? {} : {configDir});
store.listPresets();
store.getPreset('weekly');
const afterRead = [...resolved];
if (phase === 'write') {
	store.savePreset({name: 'weekly', request: {name: 'show'}});
}

process.stdout.write(JSON.stringify({afterRead, afterWrite: resolved}));
