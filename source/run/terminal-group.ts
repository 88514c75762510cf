// Whether a Ctrl+C has already reached the child. A terminal sends SIGINT to its whole foreground
// process group: when the child is in that group (it shares ours unless it moved itself), it got
// the Ctrl+C from the terminal at the same moment we did, and sending it on would make it two
// (many runners take a second Ctrl+C as "stop now, skip the clean-up"). Linux says so in
// /proc/<pid>/stat; elsewhere this answers false, and the signal is sent on.
import {readFileSync} from 'node:fs';

/** The process group and the terminal's foreground group of `pid` (fields 5 and 8 of its stat line). */
function groups(pid: number): {pgrp: number; foreground: number} | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name, in parentheses, may hold spaces and parentheses: fields count from the last ')'.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const pgrp = Number(fields[2]);
		const foreground = Number(fields[5]);
		return Number.isInteger(pgrp) && Number.isInteger(foreground) ? {pgrp, foreground} : undefined;
	} catch {
		return undefined;
	}
}

/** True when `pid` is in its terminal's foreground process group: a Ctrl+C there reached it. */
export function inTerminalForeground(pid: number | undefined): boolean {
	if (pid === undefined) {
		return false;
	}

	const found = groups(pid);
	return found !== undefined && found.foreground > 0 && found.pgrp === found.foreground;
}
