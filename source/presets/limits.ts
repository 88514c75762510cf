// How large a preset, the config file and an import may grow, refused before anything is written.
// All well below what the config file is read to (configFileByteLimit, 64 MiB): a store that
// could be written but not read back would be moved aside on the next run, presets and all.

/**
 * One preset as stored (compact JSON). The largest request the API model allows is about 400 KB
 * with every character at its longest JSON escape (source/stage/request-size.ts), and a
 * description is at most 1024 characters: 512 KiB holds any preset the service would accept.
 */
export const presetByteLimit = 512 * 1024;

/** The config file as written: thousands of ordinary presets (a few hundred bytes each), or 16 of the largest. */
export const storeByteLimit = 8 * 1024 * 1024;

/** An export file to import: twice the store, so any export of a full store (in any indentation) is read. */
export const importFileByteLimit = 2 * storeByteLimit;

/** A preset's description, in characters (the config file's schema says the same). */
export const descriptionLengthLimit = 1024;

/** What the config file is read to: far above any real one (a few hundred bytes a preset). */
export const configFileByteLimit = 64 * 1024 * 1024;
