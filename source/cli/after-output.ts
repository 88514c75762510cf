// What a non-interactive create does once its output is printed: --save-preset, and the preset's
// "last used" mark. After the output, so the tokens are printed whatever happens to the preset.
import type {GlobalOptions} from '../args/parse-argv.js';
import {CliError, exitCodes} from '../basics/errors.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';
import {PresetExistsError} from '../presets/preset-name.js';
import type {PresetStore} from '../presets/store.js';
import type {PresetInput} from '../presets/types.js';
import {type CliIo, writeAll} from './io.js';

export type AfterOutput = {
	globals: GlobalOptions;
	store: PresetStore | undefined;
	/** What --save-preset keeps. */
	preset: Omit<PresetInput, 'name'>;
	/** What was created, for the line that says the preset was not saved: "The stage ARN", "3 stages". */
	created: string;
	io: CliIo;
};

export async function afterOutput({globals, store, preset, created, io}: AfterOutput): Promise<void> {
	if (globals.savePreset && store) {
		const noticesBefore = store.notices.length;
		try {
			// Checked before sending too (refuseTakenPresetName); a preset another process saved since is not replaced either.
			store.savePreset({name: globals.savePreset, ...preset}, {overwrite: globals.force});
		} catch (error) {
			const reason = error instanceof PresetExistsError ? `${error.message} Use --force to replace it.` : (error instanceof CliError ? error.lines.join(' ') : (error as Error).message);
			// Never 252 here: that code promises nothing was sent.
			const code = error instanceof CliError && error.exitCode !== exitCodes.usage ? error.exitCode : exitCodes.other;
			throw new CliError(`${created} created, but the preset "${globals.savePreset}" was not saved: ${reason}`, code);
		}

		for (const notice of store.notices.slice(noticesBefore)) {
			await writeAll(io.stderr, `${neutraliseControlCharacters(notice)}\n`);
		}
	}

	// After the output, so a script waits for nothing more than it must.
	markPresetUsed(store, globals.preset);
}

/** --preset's "last used" mark once its stages exist (create-stage, run, publish); it never fails the command. */
export function markPresetUsed(store: Pick<PresetStore, 'markPresetUsed'> | undefined, preset: string | undefined): void {
	if (preset === undefined || !store) {
		return;
	}

	try {
		store.markPresetUsed(preset);
	} catch {
		// Only the order of the wizard's start screen depends on it; the stage exists.
	}
}
