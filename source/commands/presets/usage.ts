// What `presets --help` and each subcommand's `-h`/`--help` print: one usage line per subcommand,
// and for a subcommand its own line and what it does.
import {fitHelp} from '../../basics/fit-help.js';

const subcommands = {
	list: {usage: 'list [--output json|yaml|table|text] [--query Q] [--color on|off|auto]', about: 'Lists the presets: a table for a person at a terminal, JSON otherwise (or --output).'},
	show: {usage: 'show NAME [--output json|yaml|table|text] [--query Q] [--color on|off|auto]', about: 'Prints one preset: its request, defaults and count.'},
	save: {usage: 'save NAME [--description TEXT] [--force] [create-stage options]', about: 'Keeps the request the create-stage options make under NAME (--force replaces one of that name).'},
	delete: {usage: 'delete NAME [--yes]', about: 'Deletes a preset; asks first in a terminal, needs --yes (-y) without one.'},
	rename: {usage: 'rename OLD NEW', about: 'Renames a preset; a taken name is refused.'},
	export: {usage: 'export [NAME ...] [--file FILE] [--force]', about: 'Writes the presets (all, or those named) in the public export format, to stdout or FILE (an existing FILE or a link there needs --force).'},
	import: {usage: 'import FILE [--force]', about: 'Reads an export (FILE, or - for stdin); names that exist need --force.'},
} as const;

export type PresetsSubcommand = keyof typeof subcommands;

export const presetsUsage = fitHelp(
	Object.values(subcommands)
		.map(({usage}, index) => `${index === 0 ? 'Usage:' : '      '} ivs-stage-wizard presets ${usage}`)
		.join('\n'),
);

export function presetsSubcommandUsage(name: PresetsSubcommand): string {
	const {usage, about} = subcommands[name];
	return fitHelp(`Usage: ivs-stage-wizard presets ${usage}\n\n${about}\n`);
}
