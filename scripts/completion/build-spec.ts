// The completion spec from the tables the parsers themselves use: create-stage's option table
// (args/options.ts, with run's and presets save's own options), and the commander commands of
// presets and emulator. Loads every command's module, so it runs when the spec is generated
// (scripts/make-completion-spec.ts) and in the test that checks the generated copy, never on a Tab.
import type {Command} from 'commander';
import {createStageOptions, operationOptions, type OptionSpec} from '../../source/args/options.js';
import {processIo} from '../../source/cli/io.js';
import {type CommandContext, optionFlags} from '../../source/commands/command.js';
import {namedCommands} from '../../source/commands/table.js';
import {outputFormats} from '../../source/output/output-formats.js';
import {listingOutputFormats} from '../../source/output/listing-output.js';
import {saveOptions} from '../../source/commands/presets/save.js';
import {publishOptions} from '../../source/publish/publish-command.js';
import {runOptions} from '../../source/run/run-command.js';
import {stageCommandOptions} from '../../source/stages/stage-command-setup.js';
import {templateFormats} from '../../source/template/file-name.js';
import {templateAcceptsOption} from '../../source/template/template-command.js';
import type {CommandCompletion, CompletionSpec, OptionCompletion, OperandKind} from '../../source/completion/spec-types.js';

const help: Record<string, OptionCompletion> = {'-h': {kind: 'flag'}, '--help': {kind: 'flag'}};

/** What each create-stage option's value is, for what to offer after it. */
function completionOf(option: OptionSpec): OptionCompletion {
	if (option.kind === 'flag') {
		return {kind: 'flag'};
	}

	if (option.choices) {
		return {kind: 'choices', choices: option.choices};
	}

	const byFlag: Record<string, OptionCompletion['kind']> = {
		'--participant-token-configurations': 'tokens',
		'--region': 'region',
		'--profile': 'profile',
		'--preset': 'preset',
		'--ca-bundle': 'file',
	};
	// A stage's ARN (`get-stage --arn`, `--stage-arn`) by its shape: other ARNs (a storage
	// configuration's, a public key's) are not offered the stages this tool made.
	const stageArn = option.target.kind === 'parameter' && option.target.shapeName === 'StageArn';
	const kind = byFlag[option.flag] ?? (stageArn ? 'arn' : undefined) ?? (option.target.kind === 'parameter' || option.target.kind === 'cli-input' ? 'file-url' : 'text');
	return {kind, ...(option.kind === 'list' ? {list: true} : {})};
}

function fromTable(table: readonly OptionSpec[]): Record<string, OptionCompletion> {
	return {...Object.fromEntries(table.map(option => [option.flag, completionOf(option)])), ...help};
}

/** A commander command's options: flags, or values with nothing known to offer unless named here. */
function fromCommander(command: Command, values: Record<string, OptionCompletion> = {}): Record<string, OptionCompletion> {
	const options: Record<string, OptionCompletion> = {};
	for (const option of command.options) {
		const completion = values[option.long ?? ''] ?? {kind: option.required || option.optional ? 'text' : 'flag'};
		for (const flag of optionFlags({options: [option]} as unknown as Command)) {
			options[flag] = completion;
		}
	}

	return {...options, ...help};
}

const presetOperands: Record<string, OperandKind> = {show: 'preset', delete: 'preset', rename: 'preset', export: 'preset', import: 'file', list: 'none'};

export async function buildCompletionSpec(): Promise<CompletionSpec> {
	const context: CommandContext = {io: processIo(), commands: namedCommands, debug: false, exitCode: 0};
	const commands: Record<string, CommandCompletion> = {};
	for (const entry of namedCommands) {
		if (entry.operation) {
			commands[entry.name] = {options: fromTable(operationOptions(entry.operation))};
			continue;
		}

		switch (entry.name) {
			case 'run': {
				commands.run = {options: fromTable([...createStageOptions, ...runOptions]), stopsAtSeparator: true};
				break;
			}

			case 'publish': {
				commands.publish = {options: {...fromTable([...createStageOptions, ...publishOptions]), '--source': {kind: 'file'}, '--stage-arn': {kind: 'arn'}}};
				break;
			}

			case 'template': {
				commands.template = {options: {...fromTable(createStageOptions.filter(option => templateAcceptsOption(option))), '--format': {kind: 'choices', choices: templateFormats}}};
				break;
			}

			case 'presets': {
				const {command} = await entry.load();
				const subcommands: Record<string, CommandCompletion> = {};
				for (const subcommand of command(context).commands) {
					const name = subcommand.name();
					subcommands[name] = name === 'save'
						? {options: fromTable([...createStageOptions, ...await saveOptions()]), operands: 'none'}
						: {options: fromCommander(subcommand, {'--output': {kind: 'choices', choices: listingOutputFormats}, '--color': {kind: 'choices', choices: ['on', 'off', 'auto']}, '--file': {kind: 'file'}}), operands: presetOperands[name] ?? 'none'};
				}

				commands.presets = {options: help, subcommands};
				break;
			}

			case 'prune': {
				const {command} = await entry.load();
				commands.prune = {options: fromCommander(command(context), {'--output': {kind: 'choices', choices: listingOutputFormats}, '--color': {kind: 'choices', choices: ['on', 'off', 'auto']}, '--region': {kind: 'region'}, '--profile': {kind: 'profile'}, '--ca-bundle': {kind: 'file'}})};
				break;
			}

			case 'events': {
				const {command} = await entry.load();
				commands.events = {
					options: fromCommander(command(context), {
						'--output': {kind: 'choices', choices: outputFormats},
						'--color': {kind: 'choices', choices: ['on', 'off', 'auto']},
						'--region': {kind: 'region'},
						'--profile': {kind: 'profile'},
						'--ca-bundle': {kind: 'file'},
					}),
					operands: 'arn',
				};
				break;
			}

			case 'keys': {
				const {command} = await entry.load();
				const values = {'--region': {kind: 'region'}, '--profile': {kind: 'profile'}, '--output': {kind: 'choices', choices: listingOutputFormats}, '--color': {kind: 'choices', choices: ['on', 'off', 'auto']}} as const;
				commands.keys = {options: help, subcommands: Object.fromEntries(command(context).commands.map(subcommand => [subcommand.name(), {options: fromCommander(subcommand, values), operands: 'none'}]))};
				break;
			}

			case 'token': {
				const {command} = await entry.load();
				commands.token = {options: fromCommander(command(context), {
					'--stage-arn': {kind: 'arn'},
					'--capabilities': {kind: 'choices', choices: ['PUBLISH', 'SUBSCRIBE'], list: true},
					'--attributes': {kind: 'file-url'},
					'--preset': {kind: 'preset'},
					'--region': {kind: 'region'},
					'--profile': {kind: 'profile'},
					'--output': {kind: 'choices', choices: outputFormats},
					'--color': {kind: 'choices', choices: ['on', 'off', 'auto']},
				})};
				break;
			}

			case 'stages':
			case 'watch': {
				// create-stage's parser with the global options these two accept; watch names one stage.
				commands[entry.name] = {options: fromTable(stageCommandOptions()), ...(entry.name === 'watch' ? {operands: 'arn' as const} : {})};
				break;
			}

			case 'completion': {
				commands.completion = {options: help, subcommands: Object.fromEntries(['bash', 'zsh', 'fish'].map(shell => [shell, {options: help}]))};
				break;
			}

			default: {
				const {command} = await entry.load();
				commands[entry.name] = {options: fromCommander(command(context), {'--state': {kind: 'file'}, '--region': {kind: 'region'}})};
			}
		}
	}

	return {defaultCommand: {options: fromTable(createStageOptions)}, commands};
}
