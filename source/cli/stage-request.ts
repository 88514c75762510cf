// What a create-stage command line asks for: the request (preset < --cli-input-json/yaml <
// options, placeholders expanded) and the checks that come before anything is sent. Shared by
// every command that takes create-stage's options (issue 12's `run` and `template` too).
import {mergeRequests} from '../args/cli-input.js';
import type {GlobalOptions, ParsedCreateStageArgv} from '../args/parse-argv.js';
import {type CliIo, writeAll} from './io.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {UsageError} from '../basics/errors.js';
import {validateQuery} from '../output/query.js';
import {expandRequestPlaceholders} from '../stage/name-placeholders.js';
import {assertPresetName, PresetExistsError} from '../presets/preset-name.js';
import type {PresetStore} from '../presets/store.js';
import type {PresetDefaults} from '../presets/types.js';
import type {CreateStageRequest} from '../stage/request.js';

export type StageRequest = {
	/** What to create: placeholders such as {date} expanded. */
	request: CreateStageRequest;
	/** What --save-preset keeps: placeholders stay, so the preset stays reusable. */
	requestToSave: CreateStageRequest;
	/** The preset's --region, --profile and --output, beneath the command line's. */
	presetDefaults: PresetDefaults;
	/** The preset's count (a batch), beneath --count. */
	presetCount?: number;
};

/** Settings the AWS CLI refuses before sending, and this program's own: a bad --query, a --save-preset name. */
export async function refuseBeforeSending(globals: GlobalOptions): Promise<void> {
	if (globals.query !== undefined) {
		// As the AWS CLI does: a bad --query is refused before anything is sent.
		validateQuery(globals.query);
	}

	if (globals.savePreset !== undefined) {
		// Before anything is sent: a name refused after the stage exists would cost its output.
		assertPresetName(globals.savePreset);
	} else if (globals.force) {
		throw new UsageError('--force lets --save-preset replace a preset of the same name; give --save-preset NAME, or leave --force out');
	}
}

/**
 * --save-preset over an existing preset, refused before anything is sent, in the words of
 * `presets save`: a preset is replaced only with --force, never silently (issue 17).
 */
export function refuseTakenPresetName(globals: GlobalOptions, store: PresetStore | undefined): void {
	if (globals.savePreset !== undefined && !globals.force && store?.getPreset(globals.savePreset) !== undefined) {
		throw new UsageError(`${new PresetExistsError(globals.savePreset).message} Use --force to replace it.`);
	}
}

/** The store, opened once here at the entry; what it had to say about the file goes to stderr first. */
export async function openStore(io: CliIo): Promise<PresetStore> {
	const {openPresetStore} = await import('../presets/store.js');
	const store = openPresetStore({env: io.env});
	for (const notice of store.notices) {
		// A notice may quote the broken file (V8's JSON errors do): its control characters escaped.
		await writeAll(io.stderr, `${neutraliseControlCharacters(notice)}\n`);
	}

	return store;
}

/** The command line over --preset's request, if one was named (then the store is open). */
export async function stageRequest(parsed: ParsedCreateStageArgv, store: PresetStore | undefined): Promise<StageRequest> {
	const {globals} = parsed;
	// A name typed with placeholders ({date}, {user}) expands as a preset's does: one rule wherever
	// a stage name is accepted. Without a `{` nothing changes, so AWS CLI requests stay as they are.
	if (!globals.preset || !store) {
		return {request: expandRequestPlaceholders(parsed.request), requestToSave: parsed.request, presetDefaults: {}};
	}

	const preset = store.requirePreset(globals.preset);
	const requestToSave = mergeRequests(preset.request, parsed.request);
	return {
		request: expandRequestPlaceholders(requestToSave),
		requestToSave,
		presetDefaults: preset.defaults ?? {},
		...(preset.count === undefined ? {} : {presetCount: preset.count}),
	};
}
