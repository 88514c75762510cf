// `presets save NAME [--description TEXT] [--force] [create-stage options]`: the request and the
// defaults a create-stage command line gives, kept under NAME. Its words after NAME are parsed by
// create-stage's own parser, --description and --force with them (one table, argparse's rules).
import {isDeepStrictEqual} from 'node:util';
import type {Command} from 'commander';
import type {GlobalOptions, OptionSpec} from '../../args/options.js';
import {UsageError, exitCodes} from '../../basics/errors.js';
import {expandNamePlaceholders} from '../../stage/name-placeholders.js';
import {assertPresetName, PresetExistsError} from '../../presets/preset-name.js';
import {presetProblems} from '../../presets/preset-problems.js';
import type {PresetDefaults} from '../../presets/store.js';
import {type CommandContext, WordsCommand} from '../command.js';
import {type Presets, withNotices} from './context.js';
import {presetsSubcommandUsage} from './usage.js';

/** save's own options, beside create-stage's (completion offers them too); loaded with the option table, on use. */
// --force is create-stage's own (it lets --save-preset replace a preset): one flag, one meaning.
export async function saveOptions(): Promise<OptionSpec[]> {
	const {ownOption} = await import('../../args/create-stage-parsing.js');
	return [
		ownOption('--description', 'value', 'description', 'What the preset is for.', 'TEXT'),
	];
}

export function save(presets: Presets, context: CommandContext): Command {
	return new WordsCommand('save').runs(context, withNotices(presets, async ([name, ...words]) => {
		if (name === '-h' || name === '--help' || name === 'help') {
			await presets.write(presetsSubcommandUsage('save'));
			return exitCodes.ok;
		}

		if (name === undefined || name.startsWith('-')) {
			throw new UsageError('presets save needs the preset name first: ivs-stage-wizard presets save NAME [create-stage options]');
		}

		assertPresetName(name);
		// Loaded here only: list, show and the rest need no create-stage parsing.
		const {parseCreateStageArgv, mergeRequests, createStageOptions, defaultGlobalOptions} = await import('../../args/create-stage-parsing.js');
		const parsed = parseCreateStageArgv(words, {env: presets.io.env}, await saveOptions());
		const {globals, own} = parsed;
		if (globals.help) {
			await presets.write(presetsSubcommandUsage('save'));
			return exitCodes.ok;
		}

		const findFlag = (field: string) =>
			createStageOptions.find(option => option.target.kind === 'global' && option.target.field === field && option.flag.startsWith('--no-') === (defaultGlobalOptions[field] === true))?.flag ?? field;
		const kept = keptDefaults(globals, {defaultGlobalOptions, findFlag});
		const store = presets.store();
		// `--preset OTHER` starts from another preset: preset < --cli-input-json/yaml < options.
		const base = globals.preset === undefined ? undefined : store.requirePreset(globals.preset);
		const request = mergeRequests(base?.request, parsed.request);
		const defaults: PresetDefaults = {...base?.defaults, ...kept};
		const count = globals.count ?? base?.count;
		const description = (own.description as string | undefined) ?? base?.description;
		const problems = presetProblems({request, count, description});
		if (problems.length > 0) {
			throw new UsageError(problems.map(line => `preset "${name}": ${line}`));
		}

		try {
			store.savePreset({name, ...(description === undefined ? {} : {description}), request, ...(count === undefined ? {} : {count}), defaults}, {overwrite: globals.force});
		} catch (error) {
			if (error instanceof PresetExistsError) {
				throw new UsageError(`${error.message} Use --force to replace it.`);
			}

			throw error;
		}

		const stageName = request.name;
		const example = stageName?.includes('{') ? `, e.g. ${expandNamePlaceholders(stageName, {now: presets.now(), n: 1})}` : '';
		const stage = stageName === undefined ? '' : ` (stage name ${stageName}${example})`;
		const stages = count === undefined ? '' : `, ${count} stage${count === 1 ? '' : 's'} a use`;
		await presets.write(`Saved preset "${name}"${stage}${stages}.\n`);
		return exitCodes.ok;
	}));
}

/** Settings that do not change what is saved; they are accepted and have no effect here. */
const harmlessGlobals = new Set(['debug', 'color', 'pager', 'paginate', 'plain', 'revealTokens', 'autoPrompt', 'binaryFormat', 'version', 'help']);

/**
 * A preset keeps the request and, as defaults, --region, --profile and --output. Any other setting
 * given would silently not be kept, so it is refused instead.
 */
function keptDefaults(globals: GlobalOptions, options: {defaultGlobalOptions: Readonly<GlobalOptions>; findFlag: (field: string) => string}): PresetDefaults {
	for (const [field, value] of Object.entries(globals)) {
		// --count is kept as the preset's count, beside the request.
		if (field === 'region' || field === 'profile' || field === 'output' || field === 'preset' || field === 'count' || field === 'force' || harmlessGlobals.has(field)) {
			continue;
		}

		if (!isDeepStrictEqual(value, options.defaultGlobalOptions[field as keyof GlobalOptions])) {
			throw new UsageError(`${options.findFlag(field)} is not kept in a preset (a preset keeps the request, and --region, --profile and --output as defaults).`);
		}
	}

	const defaults: PresetDefaults = {};
	for (const field of ['region', 'profile', 'output'] as const) {
		const value = globals[field];
		if (typeof value === 'string') {
			defaults[field] = value;
		}
	}

	return defaults;
}
