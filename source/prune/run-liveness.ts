// --from-runs: is the run that made a stage over? run tags each stage `<pid>@<host> <start>[ keep]`
// (../run/run-tag.ts). On this host the pid answers; another host's processes cannot be asked, so
// there a run counts as over once it started longer ago than --idle-for. A stage run was told to
// keep (--keep) is never taken. Whatever cannot be read is kept: prune errs on the side of the stage.
import os from 'node:os';
import {tagHostname} from '../run/run-tag.js';
import {formatDuration} from './duration.js';

export type RunTag = {pid: number; host: string; started: Date; keep: boolean};

/** Where prune runs: this host as run's tag names it, and whether a pid of it is alive. */
export type RunHost = {host: string; pidAlive: (pid: number) => boolean};

export const thisHost: RunHost = {host: tagHostname(os.hostname()), pidAlive};

/** The highest pid Linux hands out (pid_max's ceiling); anything above is no pid of ours. */
const highestPid = 4_194_304;

/** run's tag value, read strictly; undefined for anything run would not have written. */
export function parseRunTag(value: string): RunTag | undefined {
	const match = /^(\d{1,7})@(.{1,200}) (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)( keep)?$/su.exec(value);
	if (!match) {
		return undefined;
	}

	const pid = Number(match[1]);
	const started = new Date(match[3]!);
	if (pid < 1 || pid > highestPid || Number.isNaN(started.getTime())) {
		return undefined;
	}

	return {pid, host: match[2]!, started, keep: match[4] !== undefined};
}

/**
 * Why the stage's run is not over, or undefined when it is. `idleForMs`: how long ago another
 * host's run must have started to count as over; without it such a run is never taken.
 */
export function runStillOn(tag: RunTag, here: RunHost, now: number, idleFor: {ms: number; text: string} | undefined): string | undefined {
	if (tag.keep) {
		return 'run --keep left it on purpose';
	}

	if (tag.host === here.host) {
		return here.pidAlive(tag.pid) ? `its run (pid ${tag.pid} on this host) is still running` : undefined;
	}

	if (!idleFor) {
		return `its run was on another host (${tag.host}), whose processes cannot be checked from here; add --idle-for to take other hosts' runs that started longer ago than that`;
	}

	const age = now - tag.started.getTime();
	return age < idleFor.ms ? `its run on ${tag.host} started ${formatDuration(age)} ago, within --idle-for ${idleFor.text}` : undefined;
}

/**
 * Signal 0 checks without sending: ESRCH means no such process. EPERM means one exists (another
 * user's): alive. A pid reused since the run died also reads as alive, which keeps the stage.
 */
function pidAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code !== 'ESRCH';
	}
}
