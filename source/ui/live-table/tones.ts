// Colours by meaning, in one place. With colour off (NO_COLOR, --color off, or the color prop) the
// view passes no colour at all; the words and markers carry the meaning on their own.
import type {CountdownTone} from '../../tokens/countdown.js';
import type {ParticipantStatus} from './participant-state.js';

export const statusColor: Record<ParticipantStatus, string | undefined> = {
	unknown: undefined,
	waiting: undefined,
	connected: 'cyan',
	publishing: 'green',
	disconnected: 'magenta',
};

export const countdownColor: Record<CountdownTone, string | undefined> = {
	normal: undefined,
	unknown: undefined,
	warning: 'yellow',
	expired: 'red',
};

export const noticeColor = {info: undefined, success: 'green', error: 'red'} as const;

/** The colour to pass to <Text color>, or undefined when colour is off. */
export function paint(color: string | undefined, enabled: boolean): string | undefined {
	return enabled ? color : undefined;
}
