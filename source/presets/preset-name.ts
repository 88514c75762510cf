// The rule for a preset's own name (not the stage name inside it). Names are typed on command lines
// and used as keys in the config file, so they keep to characters no shell or JSON path trips on.
import {UsageError} from '../basics/errors.js';

export const presetNamePattern = '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$';
const presetNameRegex = new RegExp(presetNamePattern);

export const presetNameRule = '1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit';

export function isValidPresetName(name: unknown): name is string {
	return typeof name === 'string' && presetNameRegex.test(name);
}

export function assertPresetName(name: unknown): asserts name is string {
	if (!isValidPresetName(name)) {
		throw new UsageError(`Preset name ${JSON.stringify(name)} is not allowed: use ${presetNameRule}.`);
	}
}

/** The tail of a "not found" line: what the user could have typed instead. */
export function describeExistingNames(names: string[]): string {
	return names.length === 0
		? 'There are no presets yet; save one with: ivs-stage-wizard presets save NAME [options]'
		: `Presets: ${[...names].sort().join(', ')}`;
}

export class PresetNotFoundError extends UsageError {
	constructor(presetName: string, existingNames: string[]) {
		super(`No preset named ${JSON.stringify(presetName)}. ${describeExistingNames(existingNames)}`);
	}
}

/** Thrown instead of overwriting, so the wizard can ask first and the command can point at --force. */
export class PresetExistsError extends UsageError {
	constructor(presetName: string) {
		super(`A preset named ${JSON.stringify(presetName)} already exists.`);
	}
}
