// create-stage (the default command) and the AWS CLI drop-ins, behind one import() of the command
// table (table.ts): the path a script runs, which loads only what it needs. A bundle splits code at
// every import() target and Node pays for each file it loads, so the commands travel in a few
// routes, not one module each (see scripts/build.mjs). What is heavy stays behind an import() of its
// own inside them: the SDK (ivs/services.ts), the wizard and line mode, the emulator.
export {command as createStage} from './create-stage/index.js';
export {dropIn} from './drop-in/index.js';
