// The floors the bench's targets sit on: the same job done by the stack alone, with nothing of the
// tool in it. Each floor is bundled as dist/ is (minified, built-ins through require, the same
// patches of bundled packages: scripts/bundle-patches.mjs) and started as
// dist/ is: a tiny entry turns the compile cache on, then imports the bundle, so V8's code cache
// serves the bundle from the second run on, as it serves the tool's chunks. (A bundle that turned the
// cache on itself would be compiled before the cache is on, and would look about 100 ms slower.)
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, type Plugin} from 'esbuild';
import {builtinsThroughRequire, requireBanner} from './builtins-through-require.mjs';
import {patchedPackages} from './bundle-patches.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// Ink's optional developer tools: Ink loads them only with DEV=true, and dist/ leaves them out. In a
// one-file bundle the import would be hoisted and fail, so here they are an empty module.
const withoutDevtools: Plugin = {
	name: 'without-devtools',
	setup(build) {
		build.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'empty'}));
		build.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: 'export default {};'}));
	},
};

/** Writes `body` to a file, bundles it, and returns an entry that turns the cache on and imports it. */
async function floorProgram(folder: string, name: string, body: string): Promise<string> {
	// A file, not stdin: the built-ins plugin reads each importer's source.
	const source = path.join(folder, `${name}-source.mjs`);
	writeFileSync(source, body);
	await build({
		entryPoints: [source],
		nodePaths: [path.join(root, 'node_modules')],
		bundle: true,
		platform: 'node',
		target: 'node22',
		format: 'esm',
		minify: true,
		mainFields: ['module', 'main'],
		outfile: path.join(folder, `${name}-bundle.mjs`),
		define: {'process.env.NODE_ENV': '"production"'},
		plugins: [builtinsThroughRequire, patchedPackages, withoutDevtools],
		banner: {js: requireBanner},
		logLevel: 'warning',
	});
	const entry = path.join(folder, `${name}.mjs`);
	writeFileSync(entry, [
		"import module from 'node:module';",
		`module.enableCompileCache?.(${JSON.stringify(path.join(folder, 'compile-cache'))});`,
		`await import(${JSON.stringify(`./${name}-bundle.mjs`)});`,
		'',
	].join('\n'));
	return entry;
}

/** The SDK's client sending the same CreateStage as the tool and printing the answer: `node FILE ENDPOINT`. */
export async function sdkCreateFloor(folder: string): Promise<string> {
	return floorProgram(folder, 'sdk-create', `
import {IVSRealTimeClient, CreateStageCommand} from '@aws-sdk/client-ivs-realtime';
const [endpoint] = process.argv.slice(2);
const client = new IVSRealTimeClient({region: process.env.AWS_DEFAULT_REGION, endpoint, credentials: {accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY}});
const answer = await client.send(new CreateStageCommand({name: 'bench', participantTokenConfigurations: [{userId: 'host', capabilities: ['PUBLISH', 'SUBSCRIBE']}, {userId: 'guest', capabilities: ['SUBSCRIBE']}]}));
process.stdout.write(JSON.stringify(answer, undefined, 4) + '\\n');
`);
}

/** Ink and React drawing one line, "floor ready", and waiting: the first-frame floor. */
export async function inkFrameFloor(folder: string): Promise<string> {
	return floorProgram(folder, 'ink-frame', `
import React from 'react';
import {render, Text} from 'ink';
render(React.createElement(Text, {}, 'floor ready'));
setInterval(() => {}, 60_000);
`);
}

/**
 * The smallest live table this stack can make: the SDK's client creates a stage with 12 tokens, and
 * Ink draws a row per token, asking GetStage again every 5 s. Prints "floor table" once drawn.
 * `node FILE ENDPOINT`, with the emulator's key pair in the environment.
 */
export async function inkTableFloor(folder: string): Promise<string> {
	return floorProgram(folder, 'ink-table', `
import React from 'react';
import {render, Box, Text} from 'ink';
import {IVSRealTimeClient, CreateStageCommand, GetStageCommand} from '@aws-sdk/client-ivs-realtime';
const [endpoint] = process.argv.slice(2);
const client = new IVSRealTimeClient({region: 'us-west-2', endpoint, credentials: {accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY}});
const made = await client.send(new CreateStageCommand({name: 'floor', participantTokenConfigurations: Array.from({length: 12}, (_, index) => ({userId: 'participant-' + (index + 1), capabilities: ['SUBSCRIBE'], attributes: {role: 'guest'}}))}));
const table = (stage, updated) => React.createElement(Box, {flexDirection: 'column'},
	React.createElement(Text, {}, 'floor table ' + stage.arn + ' ' + updated),
	...made.participantTokens.map(token => React.createElement(Text, {key: token.participantId}, token.userId + '  ' + token.capabilities.join(',') + '  ' + token.expirationTime.toISOString())));
const app = render(table(made.stage, new Date().toISOString()));
setInterval(async () => {
	const {stage} = await client.send(new GetStageCommand({arn: made.stage.arn}));
	app.rerender(table(stage, new Date().toISOString()));
}, 5000);
`);
}
