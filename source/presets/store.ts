// Presets and the wizard's draft, kept in one conf file (config-file.ts; taking turns with other
// processes: ../config-folder/config-lock.ts). The CLI loads it for --preset: no UI, no SDK runtime.
import {UsageError} from '../basics/errors.js';
import {formatBytes} from '../basics/read-regular-file.js';
import {resolveConfigDir} from '../config-folder/config-location.js';
import type {LockOptions} from '../config-folder/config-lock.js';
import {ConfigFile} from './config-file.js';
import {presetByteLimit} from './limits.js';
import {presetCountProblems, presetProblems} from './preset-problems.js';
import {pickStrings} from './pick-strings.js';
import {assertPresetName, PresetExistsError, PresetNotFoundError} from './preset-name.js';
import {stripSecrets, stripUrlCredentials} from './strip-secrets.js';
import type {Draft, Preset, PresetInput, StoredPreset} from './types.js';

export type {Draft, Preset, PresetDefaults, PresetInput} from './types.js';

type PresetStoreOptions = {
	/** Replaces the platform's config folder (and IVS_STAGE_WIZARD_CONFIG_DIR). */
	configDir?: string;
	env?: NodeJS.ProcessEnv;
	now?: () => Date;
	lock?: LockOptions;
};

export function openPresetStore(options: PresetStoreOptions = {}): PresetStore {
	return new PresetStore(options);
}

export class PresetStore {
	/** Things the user should hear about (a file moved aside, a token left out); the caller prints them. */
	readonly notices: string[] = [];
	readonly path: string;
	readonly #file: ConfigFile;
	readonly #now: () => Date;

	constructor(options: PresetStoreOptions = {}) {
		this.#now = options.now ?? (() => new Date());
		this.#file = new ConfigFile(options.configDir ?? resolveConfigDir(options.env ?? process.env), this.notices, this.#now, options.lock);
		this.path = this.#file.path;
		// Read once now, so that a file moved aside is in `notices` before the caller first prints them.
		this.#file.read();
	}

	listPresets(): Preset[] {
		return Object.entries(this.#file.read().presets)
			.map(([name, stored]) => toPreset(name, stored))
			.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	}

	getPreset(name: string): Preset | undefined {
		const stored = own(this.#file.read().presets, name);
		return stored ? toPreset(name, stored) : undefined;
	}

	/** Throws a UsageError (252) naming the presets that exist. */
	requirePreset(name: string): Preset {
		const preset = this.getPreset(name);
		if (!preset) {
			throw new PresetNotFoundError(name, this.listPresets().map(({name}) => name));
		}

		return preset;
	}

	/** Throws PresetExistsError (a UsageError) when the name is taken and overwrite is not set. */
	savePreset(input: PresetInput, options?: {overwrite?: boolean}): Preset {
		return this.savePresets([input], options)[0]!;
	}

	/** Saves several at once, all or nothing (import). */
	savePresets(inputs: PresetInput[], options: {overwrite?: boolean} = {}): Preset[] {
		// Every input is cleaned and checked before the lock is taken, so a bad one changes nothing.
		const prepared = inputs.map(input => this.#prepare(input));
		const time = this.#now().toISOString();
		return this.#file.update(data => {
			const taken = prepared.find(({name}) => Object.hasOwn(data.presets, name));
			if (taken && !options.overwrite) {
				throw new PresetExistsError(taken.name);
			}

			return prepared.map(({name, stored, createdAt, updatedAt}) => {
				const existing = own(data.presets, name);
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
	}

	deletePreset(name: string): boolean {
		return this.#file.update(data => Object.hasOwn(data.presets, name) && delete data.presets[name]);
	}

	/** Records that a stage was just created from the preset (nothing happens if it is gone). */
	markPresetUsed(name: string): void {
		this.#file.update(data => {
			const preset = own(data.presets, name);
			if (preset) {
				preset.lastUsedAt = this.#now().toISOString();
			}
		});
	}

	renamePreset(from: string, to: string): void {
		assertPresetName(to);
		this.#file.update(data => {
			const preset = own(data.presets, from);
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
			data.presets[to] = {...preset, updatedAt: this.#now().toISOString()};
		});
	}

	getDraft(): Draft | undefined {
		return this.#file.read().draft;
	}

	saveDraft(draft: Omit<Draft, 'savedAt'>): void {
		const request = this.#withoutSecrets(draft.request, 'the saved draft');
		const settings = pickStrings(draft.settings, ['region', 'profile', 'endpointUrl'], true);
		if (settings?.endpointUrl !== undefined) {
			// An endpoint kept in a draft keeps no credentials.
			settings.endpointUrl = stripUrlCredentials(settings.endpointUrl);
		}

		const saved: Draft = {
			request,
			...(draft.count !== undefined && draft.count > 1 && presetCountProblems(draft.count, {}).length === 0 ? {count: draft.count} : {}),
			...(draft.step === undefined ? {} : {step: draft.step}),
			...(settings ? {settings} : {}),
			savedAt: this.#now().toISOString(),
		};
		this.#file.update(data => {
			data.draft = saved;
		});
	}

	clearDraft(): void {
		// Skips the lock and the write when there is nothing to clear: creation calls this every time.
		if (this.#file.read().draft !== undefined) {
			this.#file.update(data => {
				delete data.draft;
			});
		}
	}

	#prepare(input: PresetInput) {
		assertPresetName(input.name);
		const request = this.#withoutSecrets(input.request, `preset "${input.name}"`);
		// A default of '' means none: left out, not refused.
		const defaults = pickStrings(input.defaults, ['region', 'profile', 'output']);
		const [problem] = presetProblems({request, count: input.count, description: input.description, defaults});
		if (problem) {
			throw new UsageError(`preset "${input.name}": ${problem}`);
		}

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
	}

	#withoutSecrets<T>(request: T | undefined, where: string): T {
		const removed: string[] = [];
		const value = stripSecrets(request ?? {}, removed) as T;
		if (removed.length > 0) {
			this.notices.push(`Left ${removed.join(', ')} out of ${where}: tokens are never saved.`);
		}

		return value;
	}
}

/** Never an inherited key: a preset named `constructor` is a name like any other. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

function toPreset(name: string, stored: StoredPreset): Preset {
	return {name, ...structuredClone(stored)};
}
