// The export/import file: what a team keeps in a repository. Versioned on its own, apart from the
// config file, because it is a public format (README.md beside this file) that must stay readable
// when the config file's layout changes.
import {parseJsonText} from '../basics/nesting.js';
import {isPlainObject} from '../stage/validate.js';
import {isValidPresetName, presetNameRule} from './preset-name.js';
import {presetDescriptionProblems, presetProblems} from './preset-problems.js';
import type {Preset, PresetInput} from './types.js';

const exportFormatName = 'ivs-stage-wizard/presets';
const exportFormatVersion = 1;

export function presetExportText(presets: Preset[], now: Date): string {
	// When each was last used is this machine's history, not part of the preset: not exported.
	const exported = presets.map(({lastUsedAt: _lastUsedAt, ...preset}) => preset);
	const document = {format: exportFormatName, version: exportFormatVersion, exportedAt: now.toISOString(), presets: exported};
	return `${JSON.stringify(document, undefined, 2)}\n`;
}

/** Reads an export file: one line per problem, naming the preset and the field; the presets are for use only when there are none. */
export function parsePresetExport(text: string, source: string): {presets: PresetInput[]; problems: string[]} {
	const refuse = (problem: string) => ({presets: [], problems: [problem]});
	const json = parseJsonText(text);
	if ('problem' in json) {
		return refuse(`${source} is not valid JSON: ${json.problem}`);
	}

	const document = json.value;
	if (!isPlainObject(document) || document.format !== exportFormatName) {
		return refuse(`${source} is not an ivs-stage-wizard presets file: its "format" must be "${exportFormatName}".`);
	}

	const {version} = document;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return refuse(`${source}: "version" must be a whole number from 1 (it is ${JSON.stringify(version) ?? 'missing'}).`);
	}

	if (version > exportFormatVersion) {
		return refuse(`${source} was written by a newer ivs-stage-wizard (presets file version ${version}; this one reads up to ${exportFormatVersion}). Upgrade ivs-stage-wizard to import it.`);
	}

	if (!Array.isArray(document.presets)) {
		return refuse(`${source}: "presets" must be a list.`);
	}

	// By name: a file of many small presets must not cost a look through all the others for each.
	const presets = new Map<string, PresetInput>();
	const problems: string[] = [];
	for (const [index, entry] of document.presets.entries()) {
		const {preset, problems: entryProblems} = readEntry(entry, index);
		// An entry that has a preset has no problems of its own.
		problems.push(...(preset && presets.has(preset.name) ? [`preset "${preset.name}": appears more than once`] : entryProblems));
		if (preset) {
			presets.set(preset.name, preset);
		}
	}

	return {presets: [...presets.values()], problems};
}

const entryKeys = ['name', 'description', 'request', 'count', 'defaults', 'createdAt', 'updatedAt'];

function readEntry(entry: unknown, index: number): {preset?: PresetInput; problems: string[]} {
	if (!isPlainObject(entry)) {
		return {problems: [`presets[${index}]: must be an object`]};
	}

	const {name, description, request, count, defaults, createdAt, updatedAt} = entry;
	if (!isValidPresetName(name)) {
		return {problems: [`presets[${index}].name: ${JSON.stringify(name) ?? '(missing)'} must be ${presetNameRule}`]};
	}

	const problems = [
		...Object.keys(entry).filter(key => !entryKeys.includes(key)).map(key => `${key} is not a known field (known: ${entryKeys.join(', ')})`),
		...presetDescriptionProblems(description),
		...presetProblems({request, count, defaults}),
		...timeProblem('createdAt', createdAt),
		...timeProblem('updatedAt', updatedAt),
	].map(line => `preset "${name}": ${line}`);
	if (problems.length > 0) {
		return {problems};
	}

	// Checked above, so only known fields are here, each of its type: the cast only tells the compiler so.
	const preset = {
		...entry,
		...(typeof createdAt === 'string' ? {createdAt: new Date(createdAt).toISOString()} : {}),
		...(typeof updatedAt === 'string' ? {updatedAt: new Date(updatedAt).toISOString()} : {}),
	} as PresetInput;
	return {preset, problems};
}

function timeProblem(key: string, value: unknown): string[] {
	return value === undefined || (typeof value === 'string' && !Number.isNaN(Date.parse(value))) ? [] : [`${key}: ${JSON.stringify(value)} must be an ISO 8601 date-time`];
}
