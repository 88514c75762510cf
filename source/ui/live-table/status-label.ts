// The words the State column uses. "publishing" reads ListParticipants' `published` flag, which the
// service documents as "ever published in this session" — the closest it offers to "is publishing".
import type {ParticipantStatus} from './participant-state.js';

export const statusLabel: Record<ParticipantStatus, string> = {
	unknown: '…',
	waiting: 'waiting',
	connected: 'connected',
	publishing: 'publishing',
	disconnected: 'disconnected',
};
