// What the entry hands to an interactive mode (the Ink wizard or line mode): the same launch for
// both, so they pre-fill, save drafts and presets, and create the stage the same way.
import type {GlobalOptions} from '../args/options.js';
import type {ClientSettings, Connection} from '../ivs/client-settings.js';
import type {PresetStore} from '../presets/store.js';
import type {CreateStageRequest} from '../stage/request.js';

export type WizardLaunch = {
	/** Pre-filled: preset < --cli-input-json/yaml < options, already merged. */
	request: CreateStageRequest;
	globals: GlobalOptions;
	/**
	 * The stage name as the preset holds it, placeholders unexpanded ("show-{date}"). A preset saved
	 * while the name is still that template's expansion keeps the template, so it stays reusable.
	 */
	nameTemplate?: string;
	/** --count, or the preset's count: how many stages the wizard starts out making (1 when absent). */
	count?: number;
	/** Resolved region, profile, endpoint, TLS; --sandbox sets the emulator's endpoint and keys. */
	clientSettings: ClientSettings;
	/** Set with --sandbox: every screen says plainly that these are not real AWS stages. */
	sandbox?: {url: string};
	store: PresetStore;
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	env: NodeJS.ProcessEnv;
	now?: () => number;
};

/** Line mode instead of the full-screen wizard: asked for, or where full-screen redraws cannot work. */
export function wantsLineMode(globals: Pick<GlobalOptions, 'plain'>, env: NodeJS.ProcessEnv): boolean {
	return globals.plain || env.TERM === 'dumb' || env.IVS_STAGE_WIZARD_PLAIN === '1';
}

/** The command line named where the stage goes: it wins over a resumed draft's place (draft-place.ts). */
export function placeNamed(globals: Pick<GlobalOptions, 'endpointUrl' | 'region' | 'profile' | 'sandbox'>): boolean {
	return Boolean(globals.endpointUrl || globals.region || globals.profile || globals.sandbox);
}

/** Where the wizard starts out sending to; in the sandbox the emulator's endpoint is a detail, not a choice. */
export function launchConnection({clientSettings, sandbox}: Pick<WizardLaunch, 'clientSettings' | 'sandbox'>): Connection {
	return {
		...(clientSettings.profile && !sandbox ? {profile: clientSettings.profile} : {}),
		...(clientSettings.region ? {region: clientSettings.region} : {}),
		...(clientSettings.endpointUrl && !sandbox ? {endpointUrl: clientSettings.endpointUrl} : {}),
	};
}
