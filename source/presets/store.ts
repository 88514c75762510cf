// Presets and the wizard's draft, kept in one conf file (see config-file.ts for reading, migrating
// and writing it, config-lock.ts for taking turns with other processes). This module is what the
// CLI loads for --preset, so it imports no UI and no SDK runtime.
import {formatFieldProblems} from '../stage/problem-wording.js';
import {isPlainObject, validateCreateStageRequest} from '../stage/validate.js';
import {UsageError} from '../errors.js';
import {isOutputFormat, outputFormats} from '../output/output-formats.js';
import {formatBytes} from '../read-regular-file.js';
import {ConfigFile} from './config-file.js';
import {resolveConfigDir} from '../config-folder/config-location.js';
import type {LockOptions} from '../config-folder/config-lock.js';
import {presetDescriptionProblems} from './description.js';
import {presetByteLimit} from './limits.js';
import {countRange, namingProblem} from '../batch/count.js';
import {maxBatchCount} from '../stage/service-quotas.js';
import {expandRequestPlaceholders, namePlaceholders, unknownPlaceholders} from '../stage/name-placeholders.js';
import {assertPresetName, PresetExistsError, PresetNotFoundError} from './preset-name.js';
import {stripSecrets, stripUrlCredentials} from './strip-secrets.js';
import type {Draft, Preset, PresetDefaults, PresetInput, StoredPreset} from './types.js';

export type {ConfigData, Draft, Preset, PresetDefaults, PresetInput, StoredPreset} from './types.js';

export type PresetStore = {
	/** The config file. */
	readonly path: string;
	/** Things the user should hear about (a file moved aside, a token left out); the caller prints them. */
	readonly notices: string[];
	listPresets(): Preset[];
	getPreset(name: string): Preset | undefined;
	/** Throws a UsageError (252) naming the presets that exist. */
	requirePreset(name: string): Preset;
	/** Throws PresetExistsError (a UsageError) when the name is taken and overwrite is not set. */
	savePreset(input: PresetInput, options?: {overwrite?: boolean}): Preset;
	/** Saves several at once, all or nothing (import). */
	savePresets(inputs: Array<PresetInput & {createdAt?: string; updatedAt?: string}>, options?: {overwrite?: boolean}): Preset[];
	deletePreset(name: string): boolean;
	/** Records that a stage was just created from the preset (nothing happens if it is gone). */
	markPresetUsed(name: string): void;
	renamePreset(from: string, to: string): void;
	getDraft(): Draft | undefined;
	saveDraft(draft: Omit<Draft, 'savedAt'>): void;
	clearDraft(): void;
};

export type PresetStoreOptions = {
	/** Replaces the platform's config folder (and IVS_STAGE_WIZARD_CONFIG_DIR). */
	configDir?: string;
	env?: NodeJS.ProcessEnv;
	now?: () => Date;
	lock?: LockOptions;
};

export function openPresetStore(options: PresetStoreOptions = {}): PresetStore {
	const now = options.now ?? (() => new Date());
	const notices: string[] = [];
	const file = new ConfigFile(options.configDir ?? resolveConfigDir(options.env ?? process.env), notices, now, options.lock);

	const listPresets = (): Preset[] =>
		Object.entries(file.read().presets)
			.map(([name, stored]) => toPreset(name, stored))
			.sort((a, b) => a.name.localeCompare(b.name, 'en'));

	const getPreset = (name: string): Preset | undefined => {
		const {presets} = file.read();
		const stored = Object.hasOwn(presets, name) ? presets[name] : undefined;
		return stored ? toPreset(name, stored) : undefined;
	};

	/** Cleans and checks one input; throws before the lock is taken, so a bad input changes nothing. */
	const prepare = (input: PresetInput & {createdAt?: string; updatedAt?: string}) => {
		assertPresetName(input.name);
		const {value: request, removed} = stripSecrets(input.request ?? {});
		if (removed.length > 0) {
			notices.push(`Left ${removed.join(', ')} out of preset "${input.name}": tokens are never saved.`);
		}

		const problems = [...presetRequestProblems(request), ...presetCountProblems(input.count, request)];
		if (problems.length > 0) {
			throw new UsageError(`preset "${input.name}": ${problems[0]}`);
		}

		const [descriptionProblem] = presetDescriptionProblems(input.description);
		if (descriptionProblem) {
			throw new UsageError(`preset "${input.name}": ${descriptionProblem}`);
		}

		const defaults = cleanDefaults(input.defaults);
		const stored = {
			...(input.description ? {description: input.description} : {}),
			request,
			...(input.count === undefined ? {} : {count: input.count}),
			...(defaults ? {defaults} : {}),
		};
		// Before the lock: a preset no valid request makes this large is refused, not written.
		const bytes = Buffer.byteLength(JSON.stringify(stored), 'utf8');
		if (bytes > presetByteLimit) {
			throw new UsageError(`preset "${input.name}" would take ${bytes} bytes, over the limit of ${formatBytes(presetByteLimit)} for one preset; nothing was saved`);
		}

		return {name: input.name, stored, createdAt: input.createdAt, updatedAt: input.updatedAt};
	};

	const savePresets: PresetStore['savePresets'] = (inputs, saveOptions = {}) => {
		const prepared = inputs.map(input => prepare(input));
		const time = now().toISOString();
		return file.update(data => {
			const taken = prepared.filter(({name}) => Object.hasOwn(data.presets, name)).map(({name}) => name);
			if (taken.length > 0 && !saveOptions.overwrite) {
				throw new PresetExistsError(taken[0]!);
			}

			return prepared.map(({name, stored, createdAt, updatedAt}) => {
				const existing = Object.hasOwn(data.presets, name) ? data.presets[name] : undefined;
				const preset: StoredPreset = {
					...stored,
					createdAt: createdAt ?? existing?.createdAt ?? time,
					updatedAt: updatedAt ?? time,
					// Overwritten, it is still the preset the user reaches for.
					...(existing?.lastUsedAt ? {lastUsedAt: existing.lastUsedAt} : {}),
				};
				data.presets[name] = preset;
				return toPreset(name, preset);
			});
		});
	};

	// Read once now, so that a file moved aside is in `notices` before the caller first prints them.
	file.read();

	return {
		get path() {
			return file.path;
		},
		notices,
		listPresets,
		getPreset,
		requirePreset(name) {
			const preset = getPreset(name);
			if (!preset) {
				throw new PresetNotFoundError(name, listPresets().map(({name}) => name));
			}

			return preset;
		},
		savePreset(input, saveOptions) {
			return savePresets([input], saveOptions)[0]!;
		},
		savePresets,
		deletePreset(name) {
			return file.update(data => {
				if (!Object.hasOwn(data.presets, name)) {
					return false;
				}

				delete data.presets[name];
				return true;
			});
		},
		markPresetUsed(name) {
			file.update(data => {
				const preset = Object.hasOwn(data.presets, name) ? data.presets[name] : undefined;
				if (preset) {
					preset.lastUsedAt = now().toISOString();
				}
			});
		},
		renamePreset(from, to) {
			assertPresetName(to);
			file.update(data => {
				const preset = Object.hasOwn(data.presets, from) ? data.presets[from] : undefined;
				if (!preset) {
					throw new PresetNotFoundError(from, Object.keys(data.presets));
				}

				if (from === to) {
					return;
				}

				if (Object.hasOwn(data.presets, to)) {
					throw new PresetExistsError(to);
				}

				delete data.presets[from];
				data.presets[to] = {...preset, updatedAt: now().toISOString()};
			});
		},
		getDraft() {
			return file.read().draft;
		},
		saveDraft(draft) {
			const {value: request, removed} = stripSecrets(draft.request ?? {});
			if (removed.length > 0) {
				notices.push(`Left ${removed.join(', ')} out of the saved draft: tokens are never saved.`);
			}

			const settings = cleanSettings(draft.settings);
			const saved: Draft = {
				request,
				...(draft.count !== undefined && presetCountProblems(draft.count, {}).length === 0 && draft.count > 1 ? {count: draft.count} : {}),
				...(draft.step === undefined ? {} : {step: draft.step}),
				...(settings ? {settings} : {}),
				savedAt: now().toISOString(),
			};
			file.update(data => {
				data.draft = saved;
			});
		},
		clearDraft() {
			// Skips the lock and the write when there is nothing to clear: creation calls this every time.
			if (file.read().draft === undefined) {
				return;
			}

			file.update(data => {
				delete data.draft;
			});
		},
	};
}

/**
 * What is wrong with a preset's request, one line each: the core validator's lines, on the request
 * with its name's placeholders expanded (`show-{date}` is checked as `show-2026-11-28`).
 */
export function presetRequestProblems(request: unknown): string[] {
	if (typeof request !== 'object' || request === null || Array.isArray(request)) {
		return ['request must be a structure'];
	}

	const {name} = request as {name?: unknown};
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
	problems.push(...formatFieldProblems(found));
	return problems;
}

/** What is wrong with a preset's count (1–100, and the {n} rule for its name); [] when fine or absent. */
export function presetCountProblems(count: unknown, request: unknown): string[] {
	if (count === undefined) {
		return [];
	}

	if (typeof count !== 'number' || !Number.isInteger(count) || count < countRange.min || count > countRange.max) {
		return [`count: ${JSON.stringify(count)} must be a whole number from ${countRange.min} to ${countRange.max}`];
	}

	const name = isPlainObject(request) && typeof request.name === 'string' ? request.name : undefined;
	const problem = namingProblem(count, name);
	return problem ? [`count: ${problem}`] : [];
}

function toPreset(name: string, stored: StoredPreset): Preset {
	return {name, ...structuredClone(stored)};
}

function cleanDefaults(defaults: PresetDefaults | undefined): PresetDefaults | undefined {
	if (!defaults) {
		return undefined;
	}

	const cleaned: PresetDefaults = {};
	for (const key of ['region', 'profile', 'output'] as const) {
		const value = defaults[key];
		if (typeof value === 'string' && value !== '') {
			cleaned[key] = value;
		}
	}

	if (cleaned.output !== undefined && !isOutputFormat(cleaned.output)) {
		throw new UsageError(`Output format ${JSON.stringify(cleaned.output)} cannot be a preset's default: use ${outputFormats.join(', ')}.`);
	}

	return Object.keys(cleaned).length > 0 ? cleaned : undefined;
}

function cleanSettings(settings: Draft['settings']): Draft['settings'] {
	if (!settings) {
		return undefined;
	}

	const cleaned: NonNullable<Draft['settings']> = {};
	if (typeof settings.region === 'string') {
		cleaned.region = settings.region;
	}

	if (typeof settings.profile === 'string') {
		cleaned.profile = settings.profile;
	}

	if (typeof settings.endpointUrl === 'string') {
		cleaned.endpointUrl = stripUrlCredentials(settings.endpointUrl);
	}

	return Object.keys(cleaned).length > 0 ? cleaned : undefined;
}
