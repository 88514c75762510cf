// The start step: a new stage, one from a preset, or the unfinished draft; and where the stage goes
// (profile, region, endpoint). The same lines as the Ink start screen (startLines), as one select.
// Resuming a draft that was going somewhere else than this run says so and asks which place
// (wizard/draft-place.ts), as the Ink start screen does.
import {regionChoices, type AwsConfig} from '../ivs/aws-config.js';
import {neutraliseControlCharacters as safe} from '../basics/control-characters.js';
import type {Draft, Preset, PresetStore} from '../presets/store.js';
import type {CreateStageRequest} from '../stage/request.js';
import {draftPlaceConflict, placeChoices, placeConflictLine, type PlaceChoice} from '../wizard/draft-place.js';
import {draftStart, presetStart, type StartChoice} from '../wizard/start-choice.js';
import {startLines, type StartLine} from '../wizard/start-lines.js';
import {describeRequest} from '../wizard/summary.js';
import type {Connection} from '../wizard/wizard-state.js';
import type {Asker} from './ask-map.js';
import {endpointUrlProblem} from '../ivs/endpoint-url.js';

export type StartOptions = {
	/** What the command line gave (preset < cli-input < options, already merged). */
	request: CreateStageRequest;
	connection: () => Connection;
	/** The command line named where the stage goes: that place is the default over a draft's. */
	placeNamed: boolean;
	sandbox: boolean;
	store: PresetStore;
	loadAwsConfig: () => Promise<AwsConfig>;
	onConnection: (connection: Connection) => void;
};

type SavedWork = {presets: Preset[]; draft?: Draft; problem?: string};

function readSavedWork(store: PresetStore): SavedWork {
	try {
		const draft = store.getDraft();
		return {presets: store.listPresets(), ...(draft ? {draft} : {})};
	} catch (error) {
		return {presets: [], problem: `Could not read presets: ${(error as Error).message}`};
	}
}

export function startChoiceName(line: StartLine): string {
	if (line.id === 'profile' || line.id === 'region' || line.id === 'endpoint') {
		return `${line.label}: ${safe(line.detail)} (change)`;
	}

	return line.detail ? `${line.label} — ${safe(line.detail)}` : line.label;
}

/** Asks until the user starts (or starts at once when a new stage is the only choice). */
export async function askStart(options: StartOptions, {prompts, out}: Asker): Promise<StartChoice> {
	const {request, sandbox, store} = options;
	const awsConfig = cachedAwsConfig(options.loadAwsConfig);

	for (;;) {
		const work = readSavedWork(store);
		if (work.problem) {
			out.warning(work.problem);
		}

		const connection = options.connection();
		const lines = startLines({request, presets: work.presets, draft: work.draft, connection, sandbox});
		// A first run in the sandbox has nothing to choose: asking would only add a keystroke.
		if (lines.length === 1) {
			return {request, origin: {kind: 'new'}};
		}

		const id = await prompts.select({
			message: 'What would you like to do?',
			choices: lines.map(line => ({value: line.id, name: startChoiceName(line)})),
			// As on the Ink start screen, Enter resumes a draft rather than overwriting it.
			default: work.draft ? 'draft' : 'new',
		});
		switch (id) {
			case 'new': {
				return {request, origin: {kind: 'new'}};
			}

			case 'draft': {
				if (work.draft) {
					return draftStart(work.draft, sandbox, await askDraftPlace(work.draft, connection, options, {prompts, out}));
				}

				break;
			}

			case 'preset': {
				const name = await prompts.select({
					message: 'Which preset?',
					choices: work.presets.map(preset => ({value: preset.name, name: `${safe(preset.name)} — ${safe(preset.description ?? describeRequest(preset.request))}`})),
				});
				const preset = work.presets.find(candidate => candidate.name === name);
				if (preset) {
					return presetStart(preset, request, sandbox);
				}

				break;
			}

			case 'profile':
			case 'region':
			case 'endpoint': {
				options.onConnection(await askConnection(id, connection, awsConfig, {prompts, out}));
				break;
			}
		}
	}
}

/** Where a resumed draft's stage goes: asked only when the draft's place and this run's differ. */
async function askDraftPlace(draft: Draft, connection: Connection, {sandbox, placeNamed}: StartOptions, {prompts, out}: Asker): Promise<PlaceChoice> {
	const conflict = draftPlaceConflict(draft, connection, {sandbox, named: placeNamed});
	if (!conflict) {
		return 'draft';
	}

	out.warning(safe(placeConflictLine(conflict, {asking: !sandbox})));
	if (sandbox) {
		// The sandbox's keys reach only the sandbox.
		return 'run';
	}

	return prompts.select<PlaceChoice>({
		message: 'Where should the stage go?',
		choices: placeChoices(conflict).map(choice => ({value: choice.value, name: `${choice.label} ${safe(choice.detail)}`})),
		default: conflict.preferred,
	});
}

export type ConnectionLine = 'profile' | 'region' | 'endpoint';

/** One of the three "where the stage goes" lines, changed: from review too. */
export async function askConnection(line: ConnectionLine, connection: Connection, awsConfig: () => Promise<AwsConfig>, {prompts}: Asker): Promise<Connection> {
	switch (line) {
		case 'profile': {
			const {profiles, regionOf} = await awsConfig();
			const profile = await prompts.select({
				message: 'Which profile?',
				choices: (profiles.length > 0 ? profiles : ['default']).map(name => ({value: name, name: regionOf[name] ? `${safe(name)} (${safe(regionOf[name])})` : safe(name)})),
				default: connection.profile ?? 'default',
			});
			const region = regionOf[profile];
			return {profile, ...(region ? {region} : {})};
		}

		case 'region': {
			const choices = regionChoices(await awsConfig(), connection.region);
			const region = await prompts.select({
				message: 'Which region?',
				choices: choices.map(name => ({value: name, name: safe(name)})),
				...(connection.region ? {default: connection.region} : {}),
			});
			return {region};
		}

		case 'endpoint': {
			const url = await prompts.input({
				message: 'Endpoint URL (empty: the region’s own)',
				...(connection.endpointUrl ? {default: connection.endpointUrl} : {}),
				validate: value => (value.trim() === '' ? true : endpointUrlProblem(value) ?? true),
			});
			return {endpointUrl: url.trim() === '' ? undefined : url.trim()};
		}
	}
}

/** The AWS config files, read once and only when a profile or region is to be picked. */
export function cachedAwsConfig(load: () => Promise<AwsConfig>): () => Promise<AwsConfig> {
	let config: Promise<AwsConfig> | undefined;
	return async () => {
		config ??= load().catch(() => ({profiles: [], regionOf: {}}));
		return config;
	};
}
