// `ivs-stage-wizard --help`: every command the router knows, and every option of the default one
// from the same table the parser uses, so they cannot drift.
import {fitHelp} from '../../basics/fit-help.js';
import {createStageOptions, type OptionSpec} from '../../args/options.js';
import type {CommandSummary} from '../command.js';

export function signature(option: OptionSpec): string {
	const value = option.valueName ?? 'value';
	switch (option.kind) {
		case 'flag': {
			return option.flag;
		}

		case 'list': {
			return `${option.flag} <${value}> [<${value}> ...]`;
		}

		case 'optional-value': {
			return `${option.flag} [${option.choices?.join('|') ?? value}]`;
		}

		default: {
			return `${option.flag} <${option.choices?.join('|') ?? value}>`;
		}
	}
}

export function firstSentence(text: string): string {
	const end = text.search(/\.(\s|$)/);
	return end === -1 ? text : text.slice(0, end + 1);
}

/** The commands, their summaries in one column. */
function commandLines(commands: readonly CommandSummary[]): string[] {
	const width = Math.max(...commands.map(({synopsis}) => synopsis.length)) + 2;
	return commands.map(({synopsis, summary}) => `  ${synopsis.padEnd(width)}${summary}`);
}

export function usageText(commands: readonly CommandSummary[]): string {
	const sections: Array<[string, OptionSpec['origin']]> = [
		['Stage (the CreateStage parameters)', 'parameter'],
		['AWS CLI options', 'aws-cli'],
		['ivs-stage-wizard options', 'project'],
	];
	const dropIns = commands.filter(({operation}) => operation !== undefined).map(({name}) => name);
	const [create, ...named] = commands.filter(({operation}) => operation === undefined);
	const lines = [
		`Usage: ivs-stage-wizard ${create?.synopsis ?? '[options]'}`,
		'       ivs-stage-wizard COMMAND [options]',
		'',
		`With no command, ${create?.summary ?? 'create a stage'}. Without a terminal, or with --no-cli-auto-prompt, it does what \`aws ivs-realtime create-stage\` does.`,
		'',
		'Commands:',
		...commandLines(named),
		...(dropIns.length === 0 ? [] : ['', 'AWS CLI drop-ins: each does what aws ivs-realtime COMMAND does (COMMAND --help lists its options):', `  ${dropIns.join(', ')}`]),
	];
	for (const [title, origin] of sections) {
		lines.push('', `${title}:`);
		for (const option of createStageOptions.filter(candidate => candidate.origin === origin)) {
			lines.push(`  ${signature(option)}`, `      ${firstSentence(option.description)}`);
		}
	}

	lines.push('', 'Exit codes: 0 ok, 130 interrupted, 252 usage or parameters, 253 credentials or config, 254 service error, 255 other.', '');
	return fitHelp(lines.join('\n'));
}
