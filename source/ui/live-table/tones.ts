// What each state and countdown of the live table means in the wizard's palette (ui/theme.tsx):
// the same theme, so --color off and NO_COLOR turn these off with the rest, and the words and
// markers carry the meaning on their own.
import type {CountdownTone} from '../../tokens/countdown.js';
import type {Theme} from '../theme.js';
import type {ParticipantStatus} from './participant-state.js';

type Tone = Exclude<keyof Theme, 'color'> | undefined;

const statusTones: Record<ParticipantStatus, Tone> = {
	unknown: undefined,
	waiting: undefined,
	connected: 'accent',
	publishing: 'success',
	disconnected: 'badge',
};

const countdownTones: Record<CountdownTone, Tone> = {
	normal: undefined,
	unknown: undefined,
	warning: 'warning',
	expired: 'error',
};

const noticeTones = {info: undefined, success: 'success', error: 'error'} as const satisfies Record<string, Tone>;

function colorOf(theme: Theme, tone: Tone): string | undefined {
	return tone ? theme[tone] : undefined;
}

export function statusColor(theme: Theme, status: ParticipantStatus): string | undefined {
	return colorOf(theme, statusTones[status]);
}

export function countdownColor(theme: Theme, tone: CountdownTone): string | undefined {
	return colorOf(theme, countdownTones[tone]);
}

export function noticeColor(theme: Theme, tone: keyof typeof noticeTones): string | undefined {
	return colorOf(theme, noticeTones[tone]);
}
