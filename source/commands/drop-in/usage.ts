// `ivs-stage-wizard get-stage --help`: the drop-in's options from the same table its parser uses
// (the API model's parameters, required ones marked, then the AWS CLI's), so they cannot drift.
import {fitHelp} from '../../basics/fit-help.js';
import {cliName, operationOptions, type OptionSpec} from '../../args/options.js';
import {getOperation, plainDocumentation} from '../../model/service-model.js';
import {firstSentence, signature} from '../create-stage/usage.js';

export function dropInUsage(operationName: string): string {
	const name = cliName(operationName);
	const options = operationOptions(operationName);
	const required = options.filter(option => option.required).map(option => `${option.flag} <value>`);
	const lines = [
		`Usage: ivs-stage-wizard ${name} ${[...required, '[options]'].join(' ')}`,
		'',
		`Does what \`aws ivs-realtime ${name}\` does: the same options, shorthand, --cli-input-json/yaml, output and exit codes.`,
		firstSentence(plainDocumentation(getOperation(operationName).documentation)),
	];
	const sections: Array<[string, (option: OptionSpec) => boolean]> = [
		[`${operationName} parameters`, option => option.origin === 'parameter'],
		['AWS CLI options', option => option.origin === 'aws-cli'],
	];
	for (const [title, belongs] of sections) {
		lines.push('', `${title}:`);
		for (const option of options.filter(candidate => belongs(candidate))) {
			lines.push(`  ${signature(option)}${option.required ? '  (required)' : ''}`, `      ${firstSentence(option.description)}`);
		}
	}

	lines.push('', 'Exit codes: 0 ok, 130 interrupted, 252 usage or parameters, 253 credentials or config, 254 service error, 255 other.', '');
	return fitHelp(lines.join('\n'));
}
