// Mounts the wizard's app with Ink and resolves with how it ended, once its last frame is erased.
// Kept apart from run-wizard.ts so Ink loads only after the start-up hook is in place.
import React from 'react';
import {render} from 'ink';
import type {WizardLaunch} from '../wizard/launch.js';
import {App} from './app.js';
import type {WizardOutcome} from './outcome.js';
import type {AwsConfig} from './screens/start/aws-config.js';
import {ivsServices, type WizardServices} from './services.js';

/** For tests: services and config files other than the real ones. */
export type WizardOverrides = {services?: WizardServices; loadAwsConfig?: () => Promise<AwsConfig>};

export async function mountWizard(launch: WizardLaunch, color: boolean, overrides: WizardOverrides = {}): Promise<WizardOutcome> {
	const {globals, clientSettings, stdout, stderr} = launch;
	let settle: (outcome: WizardOutcome) => void = () => undefined;
	const finished = new Promise<WizardOutcome>(resolve => {
		settle = resolve;
	});

	const instance = render(
		<App
			request={launch.request}
			// In the sandbox the emulator's endpoint is an implementation detail, not a choice.
			connection={{
				...(clientSettings.profile && !launch.sandbox ? {profile: clientSettings.profile} : {}),
				...(clientSettings.region ? {region: clientSettings.region} : {}),
				...(clientSettings.endpointUrl && !launch.sandbox ? {endpointUrl: clientSettings.endpointUrl} : {}),
			}}
			{...(launch.sandbox ? {sandbox: launch.sandbox} : {})}
			store={launch.store}
			services={overrides.services ?? ivsServices(clientSettings, {stdout, env: launch.env})}
			color={color}
			explicitOutput={globals.output !== undefined}
			{...(globals.savePreset ? {savePreset: globals.savePreset} : {})}
			revealTokens={globals.revealTokens}
			{...(launch.now ? {now: launch.now} : {})}
			{...(overrides.loadAwsConfig ? {loadAwsConfig: overrides.loadAwsConfig} : {})}
			onExit={outcome => {
				settle(outcome);
			}}
		/>,
		{stdin: launch.stdin, stdout, stderr, exitOnCtrlC: false, patchConsole: false},
	);

	const outcome = await finished;
	// Erase the last frame (Ink 8: clear, then unmount, leaves the terminal clean); the lines that
	// matter are printed below it by the caller.
	instance.clear();
	instance.unmount();
	await instance.waitUntilExit();
	return outcome;
}
