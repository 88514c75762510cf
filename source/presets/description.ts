// A preset's description: free text for people, kept beside the request. Its limit (limits.ts, in
// characters: code points, as JSON Schema's maxLength counts them) is the config file schema's, checked when a description comes in (presets save, import) so a long one is a
// usage error naming the rule (252), not a refusal to write the file afterwards (255).

import {descriptionLengthLimit} from './limits.js';

/** What is wrong with a description; [] when it is fine or absent. */
export function presetDescriptionProblems(description: unknown): string[] {
	if (description === undefined) {
		return [];
	}

	if (typeof description !== 'string') {
		return ['description must be a string'];
	}

	const length = [...description].length;
	return length > descriptionLengthLimit ? [`description: must have at most ${descriptionLengthLimit} characters (it has ${length})`] : [];
}
