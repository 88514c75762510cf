// What the stages screen and line mode's stage menu start from: the command line, the connection it
// chose, the sandbox if one runs, and the process's streams. Both front ends take it, so it lives
// below them.
import type {GlobalOptions} from '../args/options.js';
import type {CliIo} from '../cli/io.js';
import type {ClientSettings} from '../ivs/client-settings.js';

export type StagesLaunch = {
	globals: GlobalOptions;
	settings: ClientSettings;
	sandbox: {url: string} | undefined;
	io: CliIo;
};
