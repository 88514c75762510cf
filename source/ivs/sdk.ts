// The AWS SDK's side of this folder, as one module: services.ts loads it with a single import(),
// so the client and the IvsApi over it come in as one file of the bundle, not as two and the code
// they share (see scripts/build.mjs).
export {createIvsClient} from './client.js';
export {ivsApiOver} from './sdk-ivs-api.js';
