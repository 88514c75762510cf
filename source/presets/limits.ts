// How large a preset, the config file and an import may grow, refused before anything is written;
// why each is what it is: README.md, "Limits". All are well below configFileByteLimit: a store that
// could be written but not read back would be moved aside on the next run, presets and all.

/** One preset as stored (compact JSON): any the service would accept (the largest is ~400 KB). */
export const presetByteLimit = 512 * 1024;

/** The config file as written: thousands of ordinary presets, or 16 of the largest. */
export const storeByteLimit = 8 * 1024 * 1024;

/** An export file to import: twice the store, so any export of a full store is read. */
export const importFileByteLimit = 2 * storeByteLimit;

/** A preset's description, in characters (the config file's schema says the same). */
export const descriptionLengthLimit = 1024;

/** What the config file is read to: far above any real one (a few hundred bytes a preset). */
export const configFileByteLimit = 64 * 1024 * 1024;
