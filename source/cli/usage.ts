// `ivs-stage-wizard --help`: every option from the same table the parser uses, so they cannot drift.
import {createStageOptions, type OptionSpec} from '../args/options.js';

function signature(option: OptionSpec): string {
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

function firstSentence(text: string): string {
	const end = text.search(/\.(\s|$)/);
	return end === -1 ? text : text.slice(0, end + 1);
}

export function usageText(): string {
	const sections: Array<[string, OptionSpec['origin']]> = [
		['Stage (the CreateStage parameters)', 'parameter'],
		['AWS CLI options', 'aws-cli'],
		['ivs-stage-wizard options', 'project'],
	];
	const lines = [
		'Usage: ivs-stage-wizard [options]             create a stage (a wizard in a terminal)',
		'       ivs-stage-wizard presets <command>     list | show | save | delete | rename | export | import',
		'       ivs-stage-wizard template [options]    print the request as a CloudFormation template',
		'       ivs-stage-wizard emulator [options]    run the local IVS Real-Time endpoint',
		'',
		'Without a terminal, or with --no-cli-auto-prompt, it does what `aws ivs-realtime create-stage` does.',
	];
	for (const [title, origin] of sections) {
		lines.push('', `${title}:`);
		for (const option of createStageOptions.filter(candidate => candidate.origin === origin)) {
			lines.push(`  ${signature(option)}`, `      ${firstSentence(option.description)}`);
		}
	}

	lines.push('', 'Exit codes: 0 ok, 130 interrupted, 252 usage or parameters, 253 credentials or config, 254 service error, 255 other.', '');
	return lines.join('\n');
}
