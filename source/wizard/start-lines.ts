// The start's lines, derived from what is saved and how the client is reached: the Ink start screen
// shows them as a menu (every preset a line of its own, most recently used first), line mode as
// one select (presets behind one line).
import type {Draft, Preset} from '../presets/store.js';
import type {CreateStageRequest} from '../stage/request.js';
import {describePreset, recentFirst} from './preset-lines.js';
import {describeRequest} from './summary.js';
import type {Connection} from './wizard-state.js';

export type StartLineId = 'new' | 'preset' | 'draft' | 'stages' | 'profile' | 'region' | 'endpoint';

/** `preset` is set on a line that is one preset (the Ink menu); without it, the line opens the list. */
export type StartLine = {id: StartLineId; label: string; detail: string; preset?: Preset};

export function startLines(options: {
	request: CreateStageRequest;
	/** Back at the start from the steps: the request holds what was typed there too. */
	returned?: boolean | undefined;
	presets: Preset[];
	draft?: Draft | undefined;
	connection: Connection;
	sandbox: boolean;
	/** One line per preset instead of one line for all of them. */
	listPresets?: boolean;
	/** A line for the stages screen (`stages`), where the front end has one. */
	yourStages?: boolean;
	now?: Date;
}): StartLine[] {
	const {request, presets, draft, connection, sandbox} = options;
	const prefilled = describeRequest(request);
	const lines: StartLine[] = [
		prefilled === 'empty'
			? {id: 'new', label: 'Start a new stage', detail: ''}
			: {id: 'new', label: options.returned ? 'Continue with the stage so far' : 'Continue with what the command line gave', detail: prefilled},
	];
	if (draft) {
		lines.push({id: 'draft', label: 'Resume your draft', detail: `saved ${draft.savedAt.slice(0, 16).replace('T', ' ')} UTC: ${describeRequest(draft.request)}`});
	}

	if (options.listPresets) {
		for (const preset of recentFirst(presets)) {
			lines.push({id: 'preset', label: preset.name, detail: describePreset(preset, options.now ? {now: options.now} : {}), preset});
		}
	} else if (presets.length > 0) {
		lines.push({id: 'preset', label: 'Start from a preset', detail: `${presets.length} saved`});
	}

	if (options.yourStages) {
		lines.push({id: 'stages', label: 'Your stages', detail: 'the region’s stages: watch one, add tokens, delete'});
	}

	// In the sandbox the emulator decides all three; offering them would only break the connection.
	if (!sandbox) {
		lines.push(
			{id: 'profile', label: 'Profile', detail: connection.profile ?? 'default'},
			{id: 'region', label: 'Region', detail: connection.region ?? '(not set: pick one)'},
			{id: 'endpoint', label: 'Endpoint', detail: connection.endpointUrl ?? 'the region’s own'},
		);
	}

	return lines;
}

/**
 * Where the cursor rests before the user moves: on the most recently used preset when the command
 * line gave nothing (Enter, Enter then makes a stage from it), else on the draft (Enter resumes it
 * rather than starting over), else on the first line.
 */
export function defaultStartLine(lines: StartLine[], request: CreateStageRequest): number {
	const preset = lines.findIndex(line => line.preset !== undefined);
	if (preset !== -1 && describeRequest(request) === 'empty') {
		return preset;
	}

	return Math.max(0, lines.findIndex(line => line.id === 'draft'));
}
