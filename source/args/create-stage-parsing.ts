// create-stage's parser as one module, for a command that loads it only when it needs it (`presets
// save`): one import() there instead of one per file, so the bundle does not cut each of these
// files into a chunk of its own (esbuild makes every import() target a chunk boundary).
export {parseCreateStageArgv} from './parse-argv.js';
export {mergeRequests} from './cli-input.js';
export {createStageOptions, defaultGlobalOptions, ownOption} from './options.js';
