// A key's name is ImportPublicKey's PublicKeyName and the name of its private key file, so it must
// be both: the model's pattern ([a-zA-Z0-9-_], at most 128), and not empty. The pattern leaves out
// `/`, `\` and `.`, so a name can never reach outside the keys folder.
import {UsageError} from '../basics/errors.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';

export const maxKeyNameLength = 128;

const keyNamePattern = /^[a-zA-Z\d_-]+$/;

export function isKeyName(name: string): boolean {
	return name.length <= maxKeyNameLength && keyNamePattern.test(name);
}

export function assertKeyName(name: string, where = 'key name'): void {
	if (name.length === 0) {
		throw new UsageError(`The ${where} is empty: use 1 to ${maxKeyNameLength} of a-z A-Z 0-9 - _`);
	}

	if (!isKeyName(name)) {
		const shown = JSON.stringify(neutraliseControlCharacters(name.length > 60 ? `${name.slice(0, 57)}…` : name));
		const rule = name.length > maxKeyNameLength ? `at most ${maxKeyNameLength} characters` : 'only a-z A-Z 0-9 - _ (no path separators or dots)';
		throw new UsageError(`Invalid ${where} ${shown}: ${rule}`);
	}
}

/** A name for a key created without one: its time of making, which sorts. */
export function defaultKeyName(now: Date): string {
	return `key-${now.toISOString().replaceAll(/[-:]/g, '').replace('T', '-').slice(0, 15)}`;
}

const namesShown = 10;

/** The tail of a "no such key" line: which keys there are, or how to make one. */
export function describeKeyNames(names: readonly string[]): string {
	if (names.length === 0) {
		return 'There are no keys yet: ivs-stage-wizard keys create [NAME]';
	}

	const shown = names.slice(0, namesShown).map(name => `"${name}"`).join(', ');
	return `The keys are ${shown}${names.length > namesShown ? ` and ${names.length - namesShown} more` : ''}.`;
}
