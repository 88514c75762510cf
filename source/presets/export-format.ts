// The export/import file: what a team keeps in a repository. Versioned on its own, apart from the
// config file, because it is a public format (README.md beside this file) that must stay readable
// when the config file's layout changes.
import {isOutputFormat, outputFormats} from '../output/output-formats.js';
import {isPlainObject} from '../stage/validate.js';
import {presetDescriptionProblems} from './description.js';
import {isValidPresetName, presetNameRule} from './preset-name.js';
import {presetCountProblems, presetRequestProblems, type Preset, type PresetInput} from './store.js';
import {jsonTextNestsTooDeeply, nestingMessage} from '../nesting.js';

export const exportFormatName = 'ivs-stage-wizard/presets';
export const exportFormatVersion = 1;

export type PresetExport = {
	format: typeof exportFormatName;
	version: typeof exportFormatVersion;
	exportedAt: string;
	presets: Preset[];
};

export type ImportedPreset = PresetInput & {createdAt?: string; updatedAt?: string};

export function buildPresetExport(presets: Preset[], now: Date): PresetExport {
	// When each was last used is this machine's history, not part of the preset: not exported.
	const exported = presets.map(({lastUsedAt: _lastUsedAt, ...preset}) => preset);
	return {format: exportFormatName, version: exportFormatVersion, exportedAt: now.toISOString(), presets: exported};
}

export function serializePresetExport(document: PresetExport): string {
	return `${JSON.stringify(document, undefined, 2)}\n`;
}

/**
 * Reads an export file. `problems` has one line per problem, each naming the preset and the field
 * (`preset "weekly": participantTokenConfigurations[0].duration: 0 must be at least 1`); the
 * presets are only meant to be used when there are none.
 */
export function parsePresetExport(text: string, source: string): {presets: ImportedPreset[]; problems: string[]} {
	if (jsonTextNestsTooDeeply(text)) {
		return {presets: [], problems: [`${source} is not valid JSON: ${nestingMessage}`]};
	}

	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch (error) {
		return {presets: [], problems: [`${source} is not valid JSON: ${(error as Error).message}`]};
	}

	if (!isPlainObject(document) || document.format !== exportFormatName) {
		return {presets: [], problems: [`${source} is not an ivs-stage-wizard presets file: its "format" must be "${exportFormatName}".`]};
	}

	if (!Number.isInteger(document.version) || (document.version as number) < 1) {
		return {presets: [], problems: [`${source}: "version" must be a whole number from 1 (it is ${JSON.stringify(document.version) ?? 'missing'}).`]};
	}

	if ((document.version as number) > exportFormatVersion) {
		return {
			presets: [],
			problems: [`${source} was written by a newer ivs-stage-wizard (presets file version ${String(document.version)}; this one reads up to ${exportFormatVersion}). Upgrade ivs-stage-wizard to import it.`],
		};
	}

	if (!Array.isArray(document.presets)) {
		return {presets: [], problems: [`${source}: "presets" must be a list.`]};
	}

	const presets: ImportedPreset[] = [];
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const [index, entry] of document.presets.entries()) {
		const {preset, problems: entryProblems} = readEntry(entry, index);
		if (preset && seen.has(preset.name)) {
			entryProblems.push(`preset "${preset.name}": appears more than once`);
		}

		if (preset) {
			seen.add(preset.name);
			presets.push(preset);
		}

		problems.push(...entryProblems);
	}

	return {presets, problems};
}

const entryKeys = new Set(['name', 'description', 'request', 'count', 'defaults', 'createdAt', 'updatedAt']);

function readEntry(entry: unknown, index: number): {preset?: ImportedPreset; problems: string[]} {
	if (!isPlainObject(entry)) {
		return {problems: [`presets[${index}]: must be an object`]};
	}

	if (!isValidPresetName(entry.name)) {
		return {problems: [`presets[${index}].name: ${JSON.stringify(entry.name) ?? '(missing)'} must be ${presetNameRule}`]};
	}

	const {name} = entry;
	const label = `preset "${name}"`;
	const problems: string[] = [];
	for (const key of Object.keys(entry)) {
		if (!entryKeys.has(key)) {
			problems.push(`${label}: ${key} is not a known field (known: ${[...entryKeys].join(', ')})`);
		}
	}

	problems.push(...presetDescriptionProblems(entry.description).map(line => `${label}: ${line}`));

	if (entry.request === undefined) {
		problems.push(`${label}: request is required`);
	} else {
		problems.push(...presetRequestProblems(entry.request).map(line => `${label}: ${line}`));
	}

	problems.push(...presetCountProblems(entry.count, entry.request).map(line => `${label}: ${line}`));

	problems.push(...defaultsProblems(entry.defaults).map(line => `${label}: ${line}`));
	for (const key of ['createdAt', 'updatedAt'] as const) {
		const value = entry[key];
		if (value !== undefined && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) {
			problems.push(`${label}: ${key}: ${JSON.stringify(value)} must be an ISO 8601 date-time`);
		}
	}

	if (problems.length > 0) {
		return {problems};
	}

	const preset: ImportedPreset = {name, request: entry.request as ImportedPreset['request']};
	if (typeof entry.description === 'string') {
		preset.description = entry.description;
	}

	if (typeof entry.count === 'number') {
		preset.count = entry.count;
	}

	if (isPlainObject(entry.defaults)) {
		preset.defaults = entry.defaults;
	}

	if (typeof entry.createdAt === 'string') {
		preset.createdAt = new Date(entry.createdAt).toISOString();
	}

	if (typeof entry.updatedAt === 'string') {
		preset.updatedAt = new Date(entry.updatedAt).toISOString();
	}

	return {preset, problems};
}

function defaultsProblems(defaults: unknown): string[] {
	if (defaults === undefined) {
		return [];
	}

	if (!isPlainObject(defaults)) {
		return ['defaults must be an object'];
	}

	const problems: string[] = [];
	for (const [key, value] of Object.entries(defaults)) {
		if (key !== 'region' && key !== 'profile' && key !== 'output') {
			problems.push(`defaults.${key} is not a known field (known: region, profile, output)`);
		} else if (typeof value !== 'string' || value === '') {
			problems.push(`defaults.${key}: ${JSON.stringify(value)} must be a non-empty string`);
		} else if (key === 'output' && !isOutputFormat(value)) {
			problems.push(`defaults.output: ${JSON.stringify(value)} must be one of ${outputFormats.join(', ')}`);
		}
	}

	return problems;
}
