// Where a resumed draft's stage goes. The draft keeps where it was going (profile, region, endpoint)
// when it was saved; this run may be going elsewhere (--endpoint-url, --region, --profile or
// --sandbox on the command line, or a change on the start screen). Resuming never moves the stage
// silently: when the two differ, the start (Ink screen or line mode) says so and the user picks,
// with this run's place first and chosen by default when the command line named it.
import type {Draft} from '../presets/store.js';
import type {Connection} from './wizard-state.js';

export type PlaceChoice = 'run' | 'draft';

export type PlaceConflict = {
	/** Where the draft was going, as saved. */
	draft: Connection;
	/** Where this run goes now. */
	run: Connection;
	sandbox: boolean;
	/** The command line named this run's place: it is the default. */
	named: boolean;
	/** The choice Enter takes. */
	preferred: PlaceChoice;
};

const sameProfile = (a: string | undefined, b: string | undefined) => (a ?? 'default') === (b ?? 'default');
const sameEndpoint = (a: string | undefined, b: string | undefined) => (a ?? '').replace(/\/+$/, '') === (b ?? '').replace(/\/+$/, '');

/**
 * How the draft's place and this run's differ, or undefined when they do not (or the draft kept no
 * place: one saved in the sandbox, whose endpoint was a throwaway port). A draft without a region
 * left it to its profile: that is no difference on its own.
 */
export function draftPlaceConflict(draft: Draft, run: Connection, options: {sandbox: boolean; named: boolean}): PlaceConflict | undefined {
	const saved = draft.settings;
	if (!saved || Object.keys(saved).length === 0) {
		return undefined;
	}

	const place: Connection = {profile: saved.profile, region: saved.region, endpointUrl: saved.endpointUrl};
	const differs =
		options.sandbox ||
		!sameProfile(place.profile, run.profile) ||
		!sameEndpoint(place.endpointUrl, run.endpointUrl) ||
		(place.region !== undefined && place.region !== run.region);
	if (!differs) {
		return undefined;
	}

	return {draft: place, run, ...options, preferred: options.named || options.sandbox ? 'run' : 'draft'};
}

/** "profile default · us-west-2 · endpoint http://…", the endpoint always said (AWS's own when none). */
export function describePlace(place: Connection, sandbox = false): string {
	if (sandbox) {
		return 'the sandbox (local emulator)';
	}

	return [`profile ${place.profile ?? 'default'}`, place.region ?? 'the profile’s region', place.endpointUrl ? `endpoint ${place.endpointUrl}` : 'AWS’s own endpoint'].join(' · ');
}

/**
 * The one plain sentence the start shows about it (text from the draft file: callers neutralise
 * it). `asking`: shown over the question itself, so without announcing it.
 */
export function placeConflictLine(conflict: PlaceConflict, {asking = false}: {asking?: boolean} = {}): string {
	const run = describePlace(conflict.run, conflict.sandbox);
	const draft = describePlace(conflict.draft);
	if (conflict.sandbox) {
		return `Your draft was going to ${draft}; this run creates it in ${run}. Run without --sandbox to create it where the draft was going.`;
	}

	return `Your draft was going to ${draft}; ${conflict.named ? 'the command line says' : 'this run goes to'} ${run}.${asking ? '' : ' Resuming asks which.'}`;
}

/** The two choices, this run's first. */
export function placeChoices(conflict: PlaceConflict): Array<{value: PlaceChoice; label: string; detail: string}> {
	return [
		{value: 'run', label: conflict.named ? 'Where the command line says:' : 'Where this run goes:', detail: describePlace(conflict.run, conflict.sandbox)},
		{value: 'draft', label: 'Where the draft was going:', detail: describePlace(conflict.draft)},
	];
}
