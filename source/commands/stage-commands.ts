// The commands that build a stage's requests or talk to IVS, behind one import() of the command
// table (table.ts): they share create-stage's parser, the output formats and the connection code,
// and a bundle splits code at every import() target, so one target for all of them keeps that
// shared code in a few large files instead of dozens of small ones (Node pays per file loaded;
// see scripts/build.mjs). What is heavy stays behind an import() of its own inside them: the SDK
// (ivs/services.ts), the wizard and line mode, the emulator, werift, jose and clipboardy.
// presets and emulator are not here: they load neither the parser nor the SDK.
export {command as createStage} from './create-stage/index.js';
export {dropIn} from './drop-in/index.js';
export {command as run} from './run.js';
export {command as stages} from './stages.js';
export {command as watch} from './watch.js';
export {command as token} from './token.js';
export {command as keys} from './keys/index.js';
export {command as events} from './events.js';
export {command as publish} from './publish.js';
export {command as prune} from './prune.js';
export {command as template} from './template.js';
export {command as completion} from './completion.js';
