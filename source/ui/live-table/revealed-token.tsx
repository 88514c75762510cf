// Under the table while tokens are revealed: the selected row's token in full, hard-wrapped (a
// token has no spaces to break at). The table has no column wide enough for one, so without this
// `r` would change nothing but the footer's word.
import {Text} from '../components/text.js';
import type {ParticipantToken} from '@aws-sdk/client-ivs-realtime';
import {safeText} from '../../output/safe-text.js';
import {columnsOf, hardWrap, hardWrappedLines, takeColumns} from '../../wizard/text-columns.js';

const label = 'Token ';

/** Lines the revealed token takes at `columns`, at most `room` (it is cut beyond that). */
export function revealedTokenLines(token: ParticipantToken | undefined, revealed: boolean, columns: number, room: number): number {
	if (!revealed || !token?.token) {
		return 0;
	}

	return Math.max(1, Math.min(room, hardWrappedLines(`${label}${safeText(token.token)}`, columns)));
}

export function RevealedToken({token, columns, lines}: {token: ParticipantToken; columns: number; lines: number}) {
	const full = `${label}${safeText(token.token)}`;
	// Cut rather than let the frame outgrow the terminal; c copies all of it, Enter shows more.
	const cut = '… (c copies all)';
	const room = lines * columns;
	const shown = hardWrappedLines(full, columns) <= lines ? full : `${takeColumns(full, Math.max(0, room - columnsOf(cut)))}${cut}`;
	return <Text>{hardWrap(shown, columns).join('\n')}</Text>;
}
