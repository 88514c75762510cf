// The SDK's logger. Without one, the SDK writes some warnings straight to the console (several
// lines about credentials when a profile and key variables are both set): nothing of the
// library's reaches the user's terminal, only --debug's log, a line at a time.
import type {Logger} from '@smithy/types';
import {loggedValue} from './logged-value.js';

export function quietLogger(debugLog?: (line: string) => void): Logger {
	const log = (level: string) => (...content: unknown[]) => {
		debugLog?.(`SDK ${level}: ${content.map(value => loggedValue(value)).join(' ').replaceAll(/\s*\n\s*/g, ' ').trim()}`);
	};

	return {trace() {}, debug() {}, info() {}, warn: log('warning'), error: log('error')};
}
