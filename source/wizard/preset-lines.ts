// The presets as the start screen lists them: the most recently used first (a preset never used
// counts from when it was saved), each with what it will make today.
import {expandNamePlaceholders, type PlaceholderContext} from '../stage/name-placeholders.js';
import type {Preset} from '../presets/store.js';

/** Most recently used first; a preset never used by when it was last saved; then by name. */
export function recentFirst(presets: readonly Preset[]): Preset[] {
	const time = (preset: Preset) => Date.parse(preset.lastUsedAt ?? preset.updatedAt) || 0;
	return [...presets].sort((a, b) => time(b) - time(a) || a.name.localeCompare(b.name, 'en'));
}

/** `show-2026-11-28 · 2 participants · Friday stream`: the name as it expands today, then the rest. */
export function describePreset(preset: Preset, context: PlaceholderContext = {}): string {
	const parts: string[] = [];
	const {name} = preset.request;
	parts.push(name ? expandNamePlaceholders(name, context) : '(no stage name)');
	const participants = preset.request.participantTokenConfigurations?.length ?? 0;
	parts.push(`${participants} participant${participants === 1 ? '' : 's'}`);
	if (preset.description) {
		parts.push(preset.description);
	}

	return parts.join(' · ');
}
