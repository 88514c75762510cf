// `ivs-stage-wizard completion --complete -- WORDS… CURRENT`: what the shell scripts call on a Tab,
// one candidate a line. source/cli.ts comes here before loading anything else, so a Tab costs
// about what starting Node does: no commander, conf, Ink, React, SDK or API model (the spec is a
// generated copy). It never fails aloud: whatever goes wrong, it offers nothing, exit 0.
import {ivsRealTimeRegions} from '../ivs/aws-config.js';
import {completionCandidates} from './candidates.js';
import {pathsStartingWith, presetNames, profileNames, recentStageArns} from './machine-names.js';
import {completionSpec} from './spec.generated.js';

/** More than any shell shows; a hostile directory or file cannot flood the terminal. */
const maxCandidates = 1000;

/** `words`: what follows `--complete`; its first word is the `--` the scripts always pass. */
export function completeWords(words: readonly string[], env: Record<string, string | undefined> = process.env): string {
	const [separator, ...rest] = words;
	if (separator !== '--' || rest.length === 0) {
		return '';
	}

	const typed = rest.slice(0, -1);
	const current = rest.at(-1)!;
	try {
		const candidates = completionCandidates(completionSpec, typed, current, {
			regions: () => ivsRealTimeRegions,
			profiles: () => profileNames(env),
			presets: () => presetNames(env),
			stageArns: () => recentStageArns(env),
			files: partial => pathsStartingWith(partial),
		});
		return candidates.slice(0, maxCandidates).map(candidate => `${candidate}\n`).join('');
	} catch {
		return '';
	}
}
