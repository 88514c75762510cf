// `ivs-stage-wizard template [create-stage options | --preset NAME] [--format yaml|json]`: the
// request is built exactly as create-stage builds it (preset < --cli-input-json/yaml < options,
// the name's placeholders expanded) and validated by the same rules; then the template goes
// to stdout. Nothing is sent anywhere. A refused request prints one line on stderr and nothing on
// stdout (exit 252). Options that only matter to a call or its output (--region, --output,
// --query …) are refused by name rather than ignored: --output json would otherwise quietly
// print YAML.
import type {CliIo} from '../cli/io.js';
import {throwOnProblems} from '../cli/check-request.js';
import {openStore, stageRequest} from '../cli/stage-request.js';
import {groupArgv} from '../args/group-argv.js';
import {createStageOptions, type OptionSpec} from '../args/options.js';
import {parseCreateStageArgv} from '../args/parse-argv.js';
import {pythonRepr} from '../args/python-text.js';
import {UsageError, exitCodes} from '../basics/errors.js';
import {writeAll} from '../basics/write-all.js';
import {templateFormats, type TemplateFormat} from './file-name.js';
import {renderTemplate} from './render-template.js';
import {fitHelp} from '../basics/fit-help.js';

export const templateUsage = fitHelp([
	'Usage: ivs-stage-wizard template [create-stage parameters] [--cli-input-json|--cli-input-yaml VALUE] [--preset NAME] [--format yaml|json]',
	'',
	'Prints a CloudFormation template with one AWS::IVS::Stage resource for the request create-stage',
	'would send, validated by the same rules (exit 252 and nothing on stdout when refused). --format:',
	'yaml (the default) or json. Participant tokens are no CloudFormation resource: the template ends',
	'with the AWS CLI commands that make them after the deploy.',
	'',
].join('\n'));

/** Global options a template can use: where the request comes from. */
const acceptedGlobals = new Set(['preset', 'help']);

/** The request's options and where it comes from; settings for a call are refused. */
export function templateAcceptsOption(option: OptionSpec): boolean {
	return option.target.kind !== 'global' || acceptedGlobals.has(option.target.field);
}

export async function runTemplateCommand(argv: readonly string[], io: CliIo): Promise<number> {
	const {format, rest} = takeFormat(argv);
	const grouped = groupArgv(rest, createStageOptions);
	const refused = grouped.occurrences.filter(({option}) => !templateAcceptsOption(option));
	if (refused.length > 0 && !grouped.help && !grouped.unknown.includes('-h')) {
		const flags = [...new Set(refused.map(({option}) => option.flag))];
		throw new UsageError(`template does not take ${flags.join(', ')}: it sends nothing and prints the template (--format yaml|json); deploy it with aws cloudformation`);
	}

	const parsed = parseCreateStageArgv(rest);
	if (parsed.globals.help || grouped.help) {
		await writeAll(io.stdout, templateUsage);
		return exitCodes.ok;
	}

	// As create-stage builds it, from the same functions.
	const store = parsed.globals.preset === undefined ? undefined : await openStore(io);
	const {request} = await stageRequest(parsed, store);
	throwOnProblems(request);
	await writeAll(io.stdout, renderTemplate(request, {format}));
	return exitCodes.ok;
}

/** --format VALUE or --format=VALUE, taken out before the create-stage parser sees the rest; the last one counts. */
function takeFormat(argv: readonly string[]): {format: TemplateFormat; rest: string[]} {
	let format: TemplateFormat = 'yaml';
	const rest: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const word = argv[index]!;
		let value: string | undefined;
		if (word === '--format') {
			value = argv[index + 1];
			if (value === undefined || value.startsWith('--')) {
				throw new UsageError('argument --format: expected one argument');
			}

			index++;
		} else if (word.startsWith('--format=')) {
			value = word.slice('--format='.length);
		} else {
			rest.push(word);
			continue;
		}

		if (!(templateFormats as readonly string[]).includes(value)) {
			throw new UsageError(`argument --format: Invalid choice ${pythonRepr(value)}, valid choices are: ${templateFormats.join(', ')}`);
		}

		format = value as TemplateFormat;
	}

	return {format, rest};
}
