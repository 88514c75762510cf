// `presets list` for a person at a terminal: one row a preset (name, participants, tags, when it
// was last used, the description cut to what is left of the width), measured in terminal columns
// as the wizard measures them. Scripts get the JSON (or --output) the way they always did.
import {neutraliseControlCharacters} from '../../basics/control-characters.js';
import type {Preset} from '../../presets/store.js';
import {columnsOf, cutToColumns, padToColumns} from '../../wizard/text-columns.js';

const gap = '  ';
/** Narrower than this, the description is left out rather than cut to nothing. */
const minDescription = 12;
const maxName = 32;
const maxTags = 28;

export function presetsTable(presets: readonly Preset[], {width, now}: {width: number; now: Date}): string {
	if (presets.length === 0) {
		return 'No presets yet. Save one: ivs-stage-wizard presets save NAME [create-stage options]\n';
	}

	const rows = presets.map(preset => [
		neutraliseControlCharacters(preset.name),
		String(preset.request.participantTokenConfigurations?.length ?? 0),
		neutraliseControlCharacters(Object.entries(preset.request.tags ?? {}).map(([key, value]) => `${key}=${value}`).join(', ')),
		lastUsed(preset.lastUsedAt, now),
		neutraliseControlCharacters(preset.description ?? '').replaceAll(/\s+/g, ' '),
	]);
	const header = ['NAME', 'PARTICIPANTS', 'TAGS', 'LAST USED', 'DESCRIPTION'];
	const limits = [maxName, Number.POSITIVE_INFINITY, maxTags, Number.POSITIVE_INFINITY];
	const widths = limits.map((limit, column) => Math.min(limit, Math.max(...[header, ...rows].map(row => columnsOf(row[column]!)))));
	const used = widths.reduce((sum, columns) => sum + columns + gap.length, 0);
	const description = width - used;
	const line = (cells: string[]) => {
		const fixed = widths.map((columns, column) => padToColumns(cutToColumns(cells[column]!, columns), columns)).join(gap);
		return (description >= minDescription ? `${fixed}${gap}${cutToColumns(cells[4]!, description)}` : fixed).trimEnd();
	};

	return `${[header, ...rows].map(cells => line(cells)).join('\n')}\n`;
}

/** `3 h ago`, `2 d ago`; the date beyond a month; `never` before a first stage. */
function lastUsed(at: string | undefined, now: Date): string {
	const time = at === undefined ? Number.NaN : Date.parse(at);
	if (Number.isNaN(time)) {
		return 'never';
	}

	const minutes = Math.floor((now.getTime() - time) / 60_000);
	if (minutes < 1) {
		return 'just now';
	}

	if (minutes < 60) {
		return `${minutes} min ago`;
	}

	if (minutes < 48 * 60) {
		return `${Math.floor(minutes / 60)} h ago`;
	}

	const days = Math.floor(minutes / (24 * 60));
	return days <= 31 ? `${days} d ago` : at!.slice(0, 10);
}
