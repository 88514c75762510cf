// The child's process group: run starts the child as the leader of a group (and session) of its
// own, so one kill reaches everything the child started (a shell's `sleep`, a test runner's
// workers), and a process it left behind can be found once it has gone.
import {readdirSync, readFileSync} from 'node:fs';

/** Sends `signal` to every process of the group; false when none is left (or none we may signal). */
export function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
	try {
		process.kill(-pgid, signal);
		return true;
	} catch {
		return false;
	}
}

/**
 * True while a live process is in the group. A process killed but not yet reaped (a zombie, which
 * kill(2) still finds) has ended: it holds no tokens and runs nothing. Linux says which is which in
 * /proc; elsewhere kill(2) answers, zombies included.
 */
export function groupAlive(pgid: number): boolean {
	const members = liveMembers(pgid);
	if (members !== undefined) {
		return members > 0;
	}

	try {
		process.kill(-pgid, 0);
		return true;
	} catch {
		return false;
	}
}

/** The group's live processes by /proc, or undefined where there is no /proc to read. */
function liveMembers(pgid: number): number | undefined {
	let entries: string[];
	try {
		entries = readdirSync('/proc');
	} catch {
		return undefined;
	}

	let count = 0;
	for (const entry of entries) {
		if (!/^\d+$/.test(entry)) {
			continue;
		}

		const stat = statOf(entry);
		if (stat && stat.pgrp === pgid && stat.state !== 'Z' && stat.state !== 'X') {
			count++;
		}
	}

	return count;
}

/** State and process group (fields 3 and 5); the name in parentheses may hold anything, so fields count from the last ')'. */
function statOf(pid: string): {state: string; pgrp: number} | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return {state: fields[0] ?? '', pgrp: Number(fields[2])};
	} catch {
		// The process ended while we looked.
		return undefined;
	}
}
