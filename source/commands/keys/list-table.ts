// `keys list` for a person at a terminal: one row a key (name, region, when it was made, the
// public key ARN), as presets list draws its table.
import type {KeyEntry} from '../../keys/key-index.js';
import {neutraliseControlCharacters} from '../../basics/control-characters.js';
import {columnsOf, cutToColumns, padToColumns} from '../../wizard/text-columns.js';

const gap = '  ';

export function keysTable(entries: readonly KeyEntry[], {width}: {width: number}): string {
	if (entries.length === 0) {
		return 'No keys yet. Make one: ivs-stage-wizard keys create [NAME]\n';
	}

	const header = ['NAME', 'REGION', 'CREATED', 'PUBLIC KEY ARN'];
	const rows = entries.map(entry => [entry.name, entry.region, entry.createdAt.slice(0, 16).replace('T', ' '), neutraliseControlCharacters(entry.arn)]);
	const widths = [0, 1, 2].map(column => Math.max(...[header, ...rows].map(row => columnsOf(row[column]!))));
	const used = widths.reduce((sum, columns) => sum + columns + gap.length, 0);
	const line = (cells: string[]) => `${widths.map((columns, column) => padToColumns(cells[column]!, columns)).join(gap)}${gap}${cutToColumns(cells[3]!, Math.max(width - used, 20))}`.trimEnd();
	return `${[header, ...rows].map(cells => line(cells)).join('\n')}\n`;
}
