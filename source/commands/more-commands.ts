// The other commands that build a stage's requests or talk to IVS, behind one import() of the
// command table (table.ts). They use most of create-stage's code (its parser, the output formats,
// the connection), so this module loads create-commands.ts too: the bundle then keeps that code in
// the files both routes share, instead of cutting it into smaller ones by who uses which part
// (see scripts/build.mjs). What is heavy stays behind an import() of its own inside them: the SDK,
// the live table and line mode, werift, jose and clipboardy. presets and emulator are not here:
// they load neither the parser nor the SDK.
import './create-commands.js';

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
