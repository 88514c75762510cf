// V8's compile cache holds code that runs as whoever starts the program: it must never come from a
// folder another user can write. Node's default is node-compile-cache in the shared temp folder;
// the program uses the user's own cache folder instead, and only when nobody else can write it.
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import envPaths from 'env-paths';
import {compileCacheDir} from '../../source/basics/compile-cache.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {stderrLines, temporaryDirectory} from './helpers.js';

function filesUnder(directory: string): string[] {
	if (!fs.existsSync(directory)) {
		return [];
	}

	return fs.readdirSync(directory, {recursive: true, withFileTypes: true}).filter(entry => !entry.isDirectory()).map(entry => path.join(entry.parentPath, entry.name));
}

function version(env: Record<string, string>, ...extra: string[]) {
	return runCli(['--version', ...extra], {env: cleanEnv({NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined, ...env})});
}

test('the cache folder is env-paths\' cache folder for the project (as the presets folder is named), then compile-cache', t => {
	t.is(compileCacheDir(process.env), path.join(envPaths('ivs-stage-wizard', {suffix: 'nodejs'}).cache, 'compile-cache'));
	t.is(compileCacheDir({XDG_CACHE_HOME: '/x/cache'}, 'linux', '/home/u'), '/x/cache/ivs-stage-wizard-nodejs/compile-cache');
	t.is(compileCacheDir({XDG_CACHE_HOME: 'relative'}, 'linux', '/home/u'), '/home/u/.cache/ivs-stage-wizard-nodejs/compile-cache', 'a relative XDG_CACHE_HOME is ignored, as the XDG spec says');
	t.is(compileCacheDir({}, 'linux', ''), undefined, 'no home folder: no cache under the current folder');
});

test('a world-writable node-compile-cache in the shared temp folder is not used; the user\'s own folder is', async t => {
	const temporary = temporaryDirectory();
	const planted = path.join(temporary, 'node-compile-cache');
	fs.mkdirSync(planted);
	fs.chmodSync(planted, 0o777);
	const cache = path.join(temporary, 'cache');
	const result = await version({TMPDIR: temporary, XDG_CACHE_HOME: cache});
	t.is(result.code, 0, result.stderr);
	t.deepEqual(filesUnder(planted), [], 'nothing read from or written to the shared folder');
	const own = path.join(cache, 'ivs-stage-wizard-nodejs', 'compile-cache');
	t.true(filesUnder(own).length > 0, 'the cache works, in the user\'s own folder');
	t.is(fs.statSync(own).mode & 0o777, 0o700);
});

const unsafeFolders: Array<[string, (own: string, cache: string) => void, RegExp]> = [
	['writable by others', own => {
		fs.mkdirSync(own, {recursive: true});
		fs.chmodSync(own, 0o777);
	}, /can be written by others \(mode 777\)/],
	['a symbolic link', own => {
		const elsewhere = temporaryDirectory();
		fs.mkdirSync(path.dirname(own), {recursive: true});
		fs.symlinkSync(elsewhere, own);
	}, /is a symbolic link/],
	['under a folder others can write', (own, cache) => {
		fs.mkdirSync(own, {recursive: true, mode: 0o700});
		fs.chmodSync(cache, 0o777);
	}, /cache can be written by others \(mode 777\)/],
];
if (process.getuid?.() === 0) {
	unsafeFolders.push(['another user\'s', own => {
		fs.mkdirSync(own, {recursive: true, mode: 0o700});
		fs.chownSync(own, 4242, 4242);
	}, /belongs to uid 4242/]);
} else {
	console.log('compile-cache.test: not root, so the other user\'s folder case is skipped (it needs chown)');
}

for (const [what, make, reason] of unsafeFolders) {
	test(`a cache folder ${what} is not used; --debug says why`, async t => {
		const cache = path.join(temporaryDirectory(), 'cache');
		const own = path.join(cache, 'ivs-stage-wizard-nodejs', 'compile-cache');
		make(own, cache);
		const result = await version({XDG_CACHE_HOME: cache}, '--debug');
		t.is(result.code, 0, result.stderr);
		t.deepEqual(filesUnder(fs.realpathSync(own)), [], 'no cache file written (or read) there');
		const notes = stderrLines(result).filter(line => line.startsWith('compile cache not used: '));
		t.is(notes.length, 1, result.stderr);
		t.regex(notes[0]!, reason);
		const quiet = await version({XDG_CACHE_HOME: cache});
		t.is(quiet.stderr, '', 'without --debug, nothing is said');
	});
}
