// A child process for the concurrency test: says "ready", waits for "go" on stdin so that both
// children start saving at the same moment, saves COUNT presets named PREFIX-N as fast as it can,
// each through a fresh store as separate CLI runs would, and exits.
import {once} from 'node:events';
import {openPresetStore} from '../../source/presets/store.js';

const [configDir, prefix, countText] = process.argv.slice(2);
const count = Number(countText);
process.stdout.write('ready\n');
process.stdin.setEncoding('utf8');
let input = '';
while (!input.includes('go')) {
	const [chunk] = (await once(process.stdin, 'data')) as [string];
	input += chunk;
}

for (let index = 0; index < count; index++) {
	openPresetStore(configDir === undefined ? {} : {configDir}).savePreset({name: `${prefix}-${index}`, request: {name: `${prefix}-${index}`}, description: `from ${process.pid}`});
}

process.stdin.destroy();
process.stdout.write('done\n');
