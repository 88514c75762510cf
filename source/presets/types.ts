// The shapes the store hands out and the config file holds: their own module, so that the file
// layer (config-file.ts, config-write.ts) and the store on it (store.ts) share them, not each other.
import type {CreateStageRequest} from '../stage/request.js';

export type PresetDefaults = {region?: string; profile?: string; output?: string};

/** A preset as the file keeps it, keyed by its name. */
export type StoredPreset = {
	description?: string;
	request: CreateStageRequest;
	/** How many stages a use of it makes (--count); absent: one, printed as a single response. */
	count?: number;
	defaults?: PresetDefaults;
	createdAt: string;
	updatedAt: string;
	/** When a stage was last created from it; absent until then. */
	lastUsedAt?: string;
};

export type Preset = {name: string} & StoredPreset;

/** What a save takes; the times are the store's clock's unless an import brings its own. */
export type PresetInput = Omit<Preset, 'createdAt' | 'updatedAt' | 'lastUsedAt'> & {createdAt?: string; updatedAt?: string};

export type Draft = {
	request: CreateStageRequest;
	/** A batch's count (2–100); absent: one stage. */
	count?: number;
	step?: string;
	settings?: {region?: string; profile?: string; endpointUrl?: string};
	savedAt: string;
};

/** The config file, current version (schema.ts has its JSON Schema). */
export type ConfigData = {
	version: number;
	presets: Record<string, StoredPreset>;
	draft?: Draft;
};
