// The selected participant's events for the details panel: read once when the panel opens
// (ListParticipantEvents, every page, spaced like the poll's requests), for the session the table
// last saw. Closing the panel aborts a read still under way.
import {useEffect, useState} from 'react';
import {Pacer} from '../../batch/pacer.js';
import {participantEvents, type TimelineApi, type TimelineEvent} from '../../events/stage-timeline.js';
import {errorLine} from '../../wizard/describe-error.js';
import {requestSpacingMs} from '../../stages/fetch-participants.js';

export type ParticipantEventsState =
	| {status: 'none'; reason: string}
	| {status: 'reading'}
	| {status: 'read'; events: TimelineEvent[]}
	| {status: 'failed'; message: string};

export type ParticipantEventsQuery = {
	api: Partial<Pick<TimelineApi, 'listParticipantEvents'>>;
	stageArn: string | undefined;
	sessionId: string | undefined;
	participantId: string | undefined;
	userId: string | undefined;
};

export function useParticipantEvents({api, stageArn, sessionId, participantId, userId}: ParticipantEventsQuery): ParticipantEventsState {
	const readable = typeof api.listParticipantEvents === 'function';
	const unread = !readable || !stageArn || !participantId
		? {status: 'none' as const, reason: '—'}
		: sessionId
			? undefined
			: {status: 'none' as const, reason: 'none yet (the stage has no session until someone joins)'};
	const [state, setState] = useState<ParticipantEventsState>(unread ?? {status: 'reading'});
	useEffect(() => {
		if (!api.listParticipantEvents || !stageArn || !participantId || !sessionId) {
			return;
		}

		const listParticipantEvents = api.listParticipantEvents.bind(api);
		const controller = new AbortController();
		const pacer = new Pacer(requestSpacingMs);
		setState({status: 'reading'});
		participantEvents({listParticipantEvents}, stageArn, sessionId, {participantId, ...(userId ? {userId} : {})}, {turn: async () => pacer.turn(), signal: controller.signal})
			.then(events => {
				if (!controller.signal.aborted) {
					setState({status: 'read', events});
				}
			}, (error: unknown) => {
				if (!controller.signal.aborted) {
					setState({status: 'failed', message: errorLine(error, 'ListParticipantEvents')});
				}
			});
		return () => {
			controller.abort();
		};
	}, [api, stageArn, sessionId, participantId, userId]);
	return unread ?? state;
}
