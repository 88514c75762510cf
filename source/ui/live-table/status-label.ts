// The words the State column uses. "publishing" reads ListParticipants' `published` flag, which the
// service documents as "ever published in this session" — the closest it offers to "is publishing".
import type {ParticipantStatus} from './participant-state.js';
import type {LocalPublish} from './use-live-table-state.js';

export const statusLabel: Record<ParticipantStatus, string> = {
	unknown: '…',
	waiting: 'waiting',
	connected: 'connected',
	publishing: 'publishing',
	disconnected: 'disconnected',
};

/**
 * A row this table publishes as (`p`): the dot says the stream is this tool's own, whatever the
 * poll has seen yet. At most 12 columns, the State column's width.
 */
export const localPublishLabel: Record<LocalPublish, string> = {
	starting: 'joining ●',
	publishing: 'publishing ●',
	stopping: 'leaving ●',
};
