// The review's "same with the AWS CLI": the request as the `aws ivs-realtime create-stage` command a
// user would paste, shown and copied by both modes: one option per line, in shorthand where it
// says the same, so it reads well and wraps cleanly at 60 columns.
import {renderCommand} from '../args/render-command.js';
import {columnsOf} from './text-columns.js';
import type {CreateStageRequest} from '../stage/request.js';
import type {Connection} from './wizard-state.js';

/**
 * The region, profile and endpoint chosen in the wizard come with it; the sandbox's do not exist
 * outside it. `width`: the columns it is shown in (render-command.ts); a copy needs none.
 */
export function reviewCommand(request: CreateStageRequest, connection: Connection, sandbox: boolean, width?: number): string {
	return renderCommand(request, {
		multiline: true,
		...(width === undefined ? {} : {width, measure: columnsOf}),
		// Shorthand where it says the same (`userId=a,capabilities=PUBLISH,SUBSCRIBE`), JSON elsewhere.
		shorthand: true,
		globals: sandbox
			? {}
			: {
					...(connection.region ? {region: connection.region} : {}),
					...(connection.profile ? {profile: connection.profile} : {}),
					...(connection.endpointUrl ? {endpointUrl: connection.endpointUrl} : {}),
				},
	});
}
