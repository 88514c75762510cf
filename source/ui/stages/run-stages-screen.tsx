// The entry of `stages` and `watch` in a terminal, imported only then (the non-interactive path
// loads no Ink nor React). It mounts the app, waits for how it ends, takes the screen down, and
// only then prints what must stay: an export file's path, the stage as --output json would (j),
// and the tokens added with `a`, however the screen ended (q, Ctrl+C): the tool keeps them
// nowhere else, so they go to stdout as j prints them, never to a log. Ctrl+C exits 130.
import {render} from 'ink';
import type {Stage} from '@aws-sdk/client-ivs-realtime';
import {exitCodes} from '../../basics/errors.js';
import {handedOnText, held, stageJson} from '../../wizard/handed-on-tokens.js';
import type {StagesLaunch} from '../../stages/stages-launch.js';
import {ivsServices} from '../../ivs/services.js';
import {safeText} from '../../output/safe-text.js';
import {createSystemClipboard} from '../../tokens/clipboard.js';
import {asciiStream} from '../../wizard/ascii-output.js';
import {unicodeLocale} from '../../wizard/unicode-locale.js';
import {writeAll} from '../../basics/write-all.js';
import {KeyRouterProvider} from '../keys/key-router.js';
import {PacedInput} from '../keys/paced-input.js';
import {JobControl} from '../job-control.js';
import {colorEnabled} from '../theme.js';
import {StagesApp, type StagesAppExit} from './stages-app.js';

export type {StagesLaunch} from '../../stages/stages-launch.js';

export async function runStagesScreen(launch: StagesLaunch): Promise<number> {
	return report(launch, await mount(launch));
}

/** `watch`: the stage's live table alone. */
export async function runWatchScreen(launch: StagesLaunch, stage: Stage): Promise<number> {
	return report(launch, await mount(launch, stage));
}

async function mount({globals, settings, sandbox, io}: StagesLaunch, watch?: Stage): Promise<StagesAppExit> {
	const color = colorEnabled(globals.color, io.env);
	const rawFromStart = io.stdin.isTTY && typeof io.stdin.setRawMode === 'function';
	if (rawFromStart) {
		io.stdin.setRawMode(true);
	}

	let settle: (exit: StagesAppExit) => void = () => undefined;
	const finished = new Promise<StagesAppExit>(resolve => {
		settle = resolve;
	});
	const stdin = new PacedInput(io.stdin);
	const instance = render(
		<JobControl input={stdin}>
			<KeyRouterProvider stdin={stdin}>
				<StagesApp
					services={ivsServices(settings, createSystemClipboard({stdout: io.stdout, env: io.env}))}
					where={sandbox ? 'the sandbox' : settings.region ?? 'the default region'}
					sandbox={sandbox !== undefined}
					revealTokens={globals.revealTokens}
					color={color}
					{...(watch ? {watch} : {})}
					onExit={exit => {
						settle(exit);
					}}
				/>
			</KeyRouterProvider>
		</JobControl>,
		{stdin: stdin as unknown as NodeJS.ReadStream, stdout: unicodeLocale(io.env) ? io.stdout : asciiStream(io.stdout), stderr: io.stderr, exitOnCtrlC: false, patchConsole: false, concurrent: false},
	);
	const exit = await finished;
	instance.clear();
	instance.unmount();
	await instance.waitUntilExit();
	if (rawFromStart) {
		io.stdin.setRawMode(false);
	}

	return exit;
}

async function report({io}: StagesLaunch, exit: StagesAppExit): Promise<number> {
	const table = exit.table;
	const terminal = Boolean(io.stdout.isTTY);
	if (table?.reason === 'json') {
		await writeAll(io.stdout, stageJson(held(table.response), terminal));
	} else if (table?.response.stage?.arn) {
		await writeAll(io.stdout, `Stage ${safeText(table.response.stage.arn)}\n`);
	}

	// j printed its own table's; every other stage with tokens added here is printed the same way.
	const handedOn = handedOnText([...(exit.kept ?? []), ...(table && table.reason !== 'json' ? [table.response] : [])], terminal);
	await writeAll(io.stdout, handedOn.stdout);
	await writeAll(io.stderr, handedOn.stderr);
	if (table?.exportPath) {
		await writeAll(io.stdout, `Tokens exported to ${safeText(table.exportPath)} (mode 0600)\n`);
	}

	return exit.reason === 'interrupt' ? exitCodes.interrupted : exitCodes.ok;
}
