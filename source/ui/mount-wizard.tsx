// Mounts the wizard's app with Ink and resolves with how it ended, once its last frame is erased.
// run-wizard.ts, which imports it, prints what stays on the terminal once it has.
import {render} from 'ink';
import type {AwsConfig} from '../ivs/aws-config.js';
import {ivsServices, type Services} from '../ivs/services.js';
import {createSystemClipboard} from '../tokens/clipboard.js';
import {asciiStream} from '../wizard/ascii-output.js';
import {launchConnection, placeNamed, type WizardLaunch} from '../wizard/launch.js';
import type {WizardOutcome} from '../wizard/outcome.js';
import {unicodeLocale} from '../wizard/unicode-locale.js';
import {App} from './app.js';
import {JobControl} from './job-control.js';
import {KeyRouterProvider} from './keys/key-router.js';
import {PacedInput} from './keys/paced-input.js';

/** For tests: services and config files other than the real ones. */
export type WizardOverrides = {services?: Services; loadAwsConfig?: () => Promise<AwsConfig>};

export async function mountWizard(launch: WizardLaunch, color: boolean, overrides: WizardOverrides = {}): Promise<WizardOutcome> {
	const {globals, clientSettings, stdout, stderr} = launch;
	let settle: (outcome: WizardOutcome) => void = () => undefined;
	const finished = new Promise<WizardOutcome>(resolve => {
		settle = resolve;
	});

	// Raw from the first frame on: Ink turns raw mode on in an effect after that frame, and a key
	// typed in between meets the terminal's line discipline, which makes Enter a newline that Ink
	// does not read as Enter (seen when a wizard opens straight on the review with --preset).
	const rawFromStart = launch.stdin.isTTY && typeof launch.stdin.setRawMode === 'function';
	if (rawFromStart) {
		launch.stdin.setRawMode(true);
	}

	// Ink reads the keyboard through the input layer, which splits and paces it (keys/paced-input.ts);
	// the key router around the app hands each key on (keys/key-router.tsx).
	const stdin = new PacedInput(launch.stdin);
	const instance = render(
		<JobControl input={stdin}>
			<KeyRouterProvider stdin={stdin}>
				<App
					request={launch.request}
					{...(launch.nameTemplate ? {nameTemplate: launch.nameTemplate} : {})}
					{...(launch.count === undefined ? {} : {count: launch.count})}
					connection={launchConnection(launch)}
					placeNamed={placeNamed(globals)}
					{...(launch.sandbox ? {sandbox: launch.sandbox} : {})}
					store={launch.store}
					services={overrides.services ?? ivsServices(clientSettings, createSystemClipboard({stdout, env: launch.env}))}
					color={color}
					explicitOutput={globals.output !== undefined}
					{...(globals.savePreset ? {savePreset: globals.savePreset} : {})}
					{...(globals.preset ? {presetName: globals.preset} : {})}
					revealTokens={globals.revealTokens}
					{...(launch.now ? {now: launch.now} : {})}
					{...(overrides.loadAwsConfig ? {loadAwsConfig: overrides.loadAwsConfig} : {})}
					onExit={outcome => {
						settle(outcome);
					}}
				/>
			</KeyRouterProvider>
		</JobControl>,
		// Legacy (not concurrent) rendering: the input layer relies on a state change made from outside
		// React rendering at once, with the effects of earlier commits run first.
		// Frames in ASCII when the locale cannot show the glyphs (wizard/unicode-locale.ts).
		{stdin: stdin as unknown as NodeJS.ReadStream, stdout: unicodeLocale(launch.env) ? stdout : asciiStream(stdout), stderr, exitOnCtrlC: false, patchConsole: false, concurrent: false},
	);

	const outcome = await finished;
	// Erase the last frame (Ink 8: clear, then unmount, leaves the terminal clean); the lines that
	// matter are printed below it by the caller.
	instance.clear();
	instance.unmount();
	await instance.waitUntilExit();
	if (rawFromStart) {
		launch.stdin.setRawMode(false);
	}

	return outcome;
}
