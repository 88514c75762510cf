// What is left running, read from /proc (Linux): the tests of run's signals assert that nothing of
// the command's process group outlives run. A zombie (ended, not yet reaped) counts as gone.
import {readdirSync, readFileSync} from 'node:fs';

type Stat = {pid: number; state: string; pgrp: number};

function stat(pid: string): Stat | undefined {
	try {
		const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
		return {pid: Number(pid), state: fields[0] ?? '', pgrp: Number(fields[2])};
	} catch {
		return undefined;
	}
}

const live = (found: Stat | undefined): found is Stat => found !== undefined && found.state !== 'Z' && found.state !== 'X';

/** True while the process runs. */
export function alive(pid: number): boolean {
	return live(stat(String(pid)));
}

/** Every live process whose process group is `pgid`. */
export function groupMembers(pgid: number): number[] {
	return readdirSync('/proc')
		.filter(entry => /^\d+$/.test(entry))
		.map(entry => stat(entry))
		.filter(live)
		.filter(found => found.pgrp === pgid)
		.map(found => found.pid);
}

/** The process group of a live process. */
export function groupOf(pid: number): number | undefined {
	return stat(String(pid))?.pgrp;
}

/** For teardown: whatever a failed test left of the group. */
export function killGroup(pgid: number): void {
	try {
		process.kill(-pgid, 'SIGKILL');
	} catch {
		// Nothing left.
	}
}

const signalNumbers = {SIGHUP: 1, SIGINT: 2, SIGTERM: 15} as const;

/** True while `signal` sent to `pid` has not been taken yet (two pending ones of a kind are one). */
export function signalPending(pid: number, signal: keyof typeof signalNumbers): boolean {
	const bit = 1n << BigInt(signalNumbers[signal] - 1);
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return [...status.matchAll(/^(?:SigPnd|ShdPnd):\s*([\da-f]+)$/gm)].some(([, mask]) => (BigInt(`0x${mask}`) & bit) !== 0n);
	} catch {
		return false;
	}
}
