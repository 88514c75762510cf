// The tag run puts on every stage it makes. A run killed with SIGKILL (or a machine that lost
// power) deletes nothing; the tag is how a later clean-up (a `prune`) finds what it left: the key
// says run made the stage, the value which run, so a stage of a run still alive can be told apart.
//
// Its value: `<pid>@<hostname> <start, ISO 8601>`, and ` keep` for --keep, whose stages are left on
// purpose. IVS takes any 1–128 characters as a key and up to 256 as a value (the model), and AWS's
// tagging rules allow letters, digits, spaces and `_ . : / = + - @` everywhere; `aws:` starts
// only AWS's own keys. Both stay inside those rules, a hostname included.
import os from 'node:os';
import {UsageError} from '../basics/errors.js';
import type {CreateStageRequest} from '../stage/request.js';

export const runTagKey = 'ivs-stage-wizard:run';

/** The model's limit of tags on a resource: run's tag takes one of them. */
const tagLimit = 50;
const valueLimit = 256;
// Room for the pid, the time and ` keep` beside it: a hostname is at most 253 characters, so this cuts only a hostile one.
const hostnameLimit = 200;

export type RunIdentity = {pid: number; hostname: string; started: Date; keep: boolean};

export function thisRun(started: Date, keep: boolean): RunIdentity {
	return {pid: process.pid, hostname: os.hostname(), started, keep};
}

export function runTagValue({pid, hostname, started, keep}: RunIdentity): string {
	return `${pid}@${tagHostname(hostname)} ${started.toISOString()}${keep ? ' keep' : ''}`.slice(0, valueLimit);
}

/** The host as the tag holds it; prune compares it with this machine's, so both go through here. */
export function tagHostname(hostname: string): string {
	// What is outside AWS's tag alphabet becomes `_`, so the value is never refused.
	return hostname.replaceAll(/[^\p{L}\p{N} _.:/=+\-@]/gu, '_').slice(0, hostnameLimit) || 'unknown';
}

/**
 * The request with run's tag beside the user's. Refused (252, before anything is sent) when the
 * user's tags leave no room for it, or name its key: the user's value would make the stage look
 * like another run's (or like no run's) to a clean-up, so neither may win silently.
 */
export function withRunTag(request: CreateStageRequest, run: RunIdentity): CreateStageRequest {
	const tags = request.tags ?? {};
	if (Object.hasOwn(tags, runTagKey)) {
		throw new UsageError(`Invalid parameter tags: the key ${runTagKey} is run's own (it marks each stage run makes, so one a killed run left can be found); take it out of the tags`);
	}

	const count = Object.keys(tags).length;
	if (count >= tagLimit) {
		throw new UsageError(`Invalid parameter tags: ${count} tags given, but run needs one of the ${tagLimit} a stage may have for its own ${runTagKey}; give at most ${tagLimit - 1}`);
	}

	return {...request, tags: {...tags, [runTagKey]: runTagValue(run)}};
}
