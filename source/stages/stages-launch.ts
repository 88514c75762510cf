// What `stages` and `watch` hand the front end they open in a terminal (the Ink screen, or line
// mode): the same for both, so neither front end imports the other.
import type {GlobalOptions} from '../args/options.js';
import type {CliIo} from '../cli/io.js';
import type {ClientSettings} from '../ivs/client-settings.js';

export type StagesLaunch = {
	globals: GlobalOptions;
	settings: ClientSettings;
	sandbox: {url: string} | undefined;
	io: CliIo;
};
