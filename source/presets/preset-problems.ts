// What is wrong with a preset's request, count, description and defaults, one line each: the one
// check behind `presets save`, `presets import` and every save through the store (the wizard's,
// --save-preset), so each says the same thing of the same preset. The schema says the same of the
// description and the count; checked here first, a long one is a usage error naming the rule (252).
import {isOutputFormat, outputFormats} from '../output/output-formats.js';
import {countRange, namingProblem} from '../stage/count.js';
import {expandRequestPlaceholders, namePlaceholders, unknownPlaceholders} from '../stage/name-placeholders.js';
import {formatFieldProblems} from '../stage/problem-wording.js';
import {maxBatchCount} from '../stage/service-quotas.js';
import {isPlainObject, validateCreateStageRequest} from '../stage/validate.js';
import {descriptionLengthLimit} from './limits.js';

type PresetParts = {request: unknown; count?: unknown; description?: unknown; defaults?: unknown};

/** The request's lines, then the count's, the description's and the defaults'; [] when all are fine. */
export function presetProblems({request, count, description, defaults}: PresetParts): string[] {
	return [...presetRequestProblems(request), ...presetCountProblems(count, request), ...presetDescriptionProblems(description), ...presetDefaultsProblems(defaults)];
}

/**
 * The core validator's lines, on the request with its name's placeholders expanded (`show-{date}`
 * is checked as `show-2026-11-28`).
 */
function presetRequestProblems(request: unknown): string[] {
	if (!isPlainObject(request)) {
		return [request === undefined ? 'request is required' : 'request must be a structure'];
	}

	const {name} = request;
	const unknown = typeof name === 'string' ? unknownPlaceholders(name) : [];
	const problems =
		unknown.length > 0
			? [`name: ${JSON.stringify(name)} has unknown placeholder${unknown.length === 1 ? '' : 's'} ${unknown.map(key => `{${key}}`).join(', ')} (known: ${namePlaceholders.map(key => `{${key}}`).join(', ')})`]
			: [];

	// A fixed user keeps the check independent of who runs it; the longest date, time and {n} are as long as any.
	const expanded = expandRequestPlaceholders(request as {name?: string}, {now: new Date(2000, 11, 31, 23, 59), user: 'user', n: maxBatchCount});
	// A null is refused as on the command line; one line per field, naming every rule it breaks.
	// The name's own line above says more than "must match the pattern" would.
	const found = validateCreateStageRequest(expanded, {refuseNull: true})
		.filter(problem => unknown.length === 0 || problem.path.length !== 1 || problem.path[0] !== 'name');
	return [...problems, ...formatFieldProblems(found)];
}

/** 1–100, and the {n} rule for its name; [] when fine or absent. */
export function presetCountProblems(count: unknown, request: unknown): string[] {
	if (typeof count !== 'number' || !Number.isInteger(count) || count < countRange.min || count > countRange.max) {
		return count === undefined ? [] : [`count: ${JSON.stringify(count)} must be a whole number from ${countRange.min} to ${countRange.max}`];
	}

	const problem = namingProblem(count, isPlainObject(request) && typeof request.name === 'string' ? request.name : undefined);
	return problem ? [`count: ${problem}`] : [];
}

/** In characters (code points, as JSON Schema's maxLength counts them); [] when fine or absent. */
export function presetDescriptionProblems(description: unknown): string[] {
	if (typeof description !== 'string') {
		return description === undefined ? [] : ['description must be a string'];
	}

	const length = [...description].length;
	return length > descriptionLengthLimit ? [`description: must have at most ${descriptionLengthLimit} characters (it has ${length})`] : [];
}

/** region, profile and output, each a non-empty string, output one the CLI prints; [] when fine or absent. */
function presetDefaultsProblems(defaults: unknown): string[] {
	if (!isPlainObject(defaults)) {
		return defaults === undefined ? [] : ['defaults must be an object'];
	}

	return Object.entries(defaults).flatMap(([key, value]) => {
		if (key !== 'region' && key !== 'profile' && key !== 'output') {
			return [`defaults.${key} is not a known field (known: region, profile, output)`];
		}

		if (typeof value !== 'string' || value === '') {
			return [`defaults.${key}: ${JSON.stringify(value)} must be a non-empty string`];
		}

		return key === 'output' && !isOutputFormat(value) ? [`defaults.output: ${JSON.stringify(value)} must be one of ${outputFormats.join(', ')}`] : [];
	});
}
