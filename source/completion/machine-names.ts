// The names a Tab offers that only this machine knows: AWS profiles, presets, recent stages and paths. Read on
// every Tab, so cheaply: each file read through the regular-file check to a small limit, parsed
// for names only, and anything odd (too big, not a regular file, not JSON) offers nothing rather
// than failing. A name that could not be typed back safely (control characters, spaces) is left out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {configFileName, resolveConfigDir} from '../config-folder/config-location.js';
import {isValidPresetName} from '../presets/preset-name.js';
import {readRecentStages, recentStagesPath} from '../recent-stages/recent-stages-file.js';
import {readRegularFileSync} from '../basics/read-regular-file.js';

type Environment = Record<string, string | undefined>;

/** Far above any real AWS config or preset file's names; a Tab never reads more. */
const readLimit = 4 * 1024 * 1024;
/** A directory listing offers at most this many paths. */
const maxPaths = 500;
const maxNames = 1000;
const plainName = /^[\w.@+:/-]{1,128}$/;

function readText(file: string): string | undefined {
	try {
		return readRegularFileSync(file, readLimit).toString('utf8');
	} catch {
		return undefined;
	}
}

function home(env: Environment): string {
	return env.HOME ?? os.homedir();
}

/**
 * Profiles as the AWS CLI sees them: `[profile NAME]` and `[default]` in the config file,
 * `[NAME]` in the credentials file (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, else ~/.aws).
 */
export function profileNames(env: Environment): string[] {
	const configFile = env.AWS_CONFIG_FILE || path.join(home(env), '.aws', 'config');
	const credentialsFile = env.AWS_SHARED_CREDENTIALS_FILE || path.join(home(env), '.aws', 'credentials');
	const names = new Set<string>();
	for (const [file, inConfig] of [[configFile, true], [credentialsFile, false]] as const) {
		for (const match of (readText(file) ?? '').matchAll(/^[ \t]*\[([^\]\r\n]*)\]/gm)) {
			const section = match[1]!.trim();
			const name = inConfig ? (section === 'default' ? section : /^profile\s+(.+)$/.exec(section)?.[1]?.trim()) : section;
			if (name !== undefined && plainName.test(name)) {
				names.add(name);
			}
		}
	}

	return [...names].slice(0, maxNames);
}

/** The presets' names, from the config file's keys (checked by the preset-name rule), unsorted. */
export function presetNames(env: Environment): string[] {
	const text = readText(path.join(resolveConfigDir(env), configFileName));
	if (text === undefined) {
		return [];
	}

	try {
		const data = JSON.parse(text) as {presets?: unknown};
		// Version 1 kept a list of presets, later versions a map from name to preset.
		const names = Array.isArray(data.presets)
			? data.presets.map((preset: unknown) => (preset as {name?: unknown} | null)?.name)
			: Object.keys(data.presets !== null && typeof data.presets === 'object' ? data.presets : {});
		return names.filter(name => isValidPresetName(name)).slice(0, maxNames);
	} catch {
		return [];
	}
}

/** ARNs of the stages this tool created lately, newest first (the record reads itself bounded and checked). */
export function recentStageArns(env: Environment): string[] {
	try {
		return readRecentStages(recentStagesPath(resolveConfigDir(env))).map(stage => stage.arn);
	} catch {
		// No config folder (HOME empty): no stages to offer.
		return [];
	}
}

/** Entries of the folder `partial` points into whose names start with its last part; folders end in `/`. */
export function pathsStartingWith(partial: string, cwd: string = process.cwd()): string[] {
	const cut = partial.lastIndexOf('/') + 1;
	const folder = partial.slice(0, cut);
	const start = partial.slice(cut);
	let entries: fs.Dirent[];
	try {
		const resolved = folder.startsWith('~/') ? path.join(os.homedir(), folder.slice(2)) : path.resolve(cwd, folder || '.');
		entries = fs.readdirSync(resolved, {withFileTypes: true});
	} catch {
		return [];
	}

	return entries
		.filter(entry => entry.name.startsWith(start) && (start.startsWith('.') || !entry.name.startsWith('.')) && !/[\s\u0000-\u001F\u007F]/.test(entry.name))
		.slice(0, maxPaths)
		.map(entry => `${folder}${entry.name}${entry.isDirectory() ? '/' : ''}`)
		.sort();
}
