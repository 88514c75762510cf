// The start's lines, derived from what is saved and how the client is reached: the Ink start screen
// shows them as a menu, line mode as one select.
import type {Draft, Preset} from '../presets/store.js';
import type {CreateStageRequest} from '../stage/request.js';
import {describeRequest} from './summary.js';
import type {Connection} from './wizard-state.js';

export type StartLineId = 'new' | 'preset' | 'draft' | 'profile' | 'region' | 'endpoint';

export type StartLine = {id: StartLineId; label: string; detail: string};

export function startLines(options: {
	request: CreateStageRequest;
	presets: Preset[];
	draft?: Draft;
	connection: Connection;
	sandbox: boolean;
}): StartLine[] {
	const {request, presets, draft, connection, sandbox} = options;
	const prefilled = describeRequest(request);
	const lines: StartLine[] = [
		prefilled === 'empty'
			? {id: 'new', label: 'Start a new stage', detail: ''}
			: {id: 'new', label: 'Continue with what the command line gave', detail: prefilled},
	];
	if (draft) {
		lines.push({id: 'draft', label: 'Resume your draft', detail: `saved ${draft.savedAt.slice(0, 16).replace('T', ' ')} UTC: ${describeRequest(draft.request)}`});
	}

	if (presets.length > 0) {
		lines.push({id: 'preset', label: 'Start from a preset', detail: `${presets.length} saved`});
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
