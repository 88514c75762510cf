// What a user downloads before the first frame: the packed tarball, and a cold install of it into an
// empty folder with an empty npm cache (what a first `npx ivs-stage-wizard` does), beside what
// AWS CLI v2 takes on this machine (Debian's awscli package and its Python dependencies).
import {execFile, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);

type PackageFigures = {tarballBytes: number; packages: number; installedBytes: number; diskBytes: number; seconds: number; offline: boolean};

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function sizeUnder(directory: string): {bytes: number; disk: number} {
	let bytes = 0;
	let disk = 0;
	for (const entry of readdirSync(directory, {withFileTypes: true})) {
		const full = path.join(directory, entry.name);
		if (entry.isDirectory()) {
			const inner = sizeUnder(full);
			bytes += inner.bytes;
			disk += inner.disk;
		} else {
			const stat = statSync(full);
			bytes += stat.size;
			disk += stat.blocks * 512;
		}
	}

	return {bytes, disk};
}

/** npm as `npm run bench` runs it (its own CLI on this Node), else npm on PATH. */
function npm(args: string[], cwd: string) {
	const npmCli = process.env.npm_execpath;
	const [command, prefix] = npmCli && /npm-cli\.js$/.test(npmCli) ? [process.execPath, [npmCli]] : ['npm', []];
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
	return run(command, [...prefix, ...args], {cwd, env: {...env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false'}, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024});
}

async function coldInstall(root: string, runs: number): Promise<PackageFigures> {
	const folder = mkdtempSync(path.join(tmpdir(), 'bench-package-'));
	try {
		const {stdout} = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', folder], root);
		const [packed] = JSON.parse(stdout) as Array<{filename: string; size: number}>;
		const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {dependencies?: Record<string, string>};
		const offline = Object.keys(manifest.dependencies ?? {}).length === 0;
		const samples: number[] = [];
		let figures: Omit<PackageFigures, 'seconds' | 'tarballBytes' | 'offline'> | undefined;
		for (let index = 0; index < runs; index += 1) {
			// Every run from nothing: a new folder and a new, empty cache.
			const app = path.join(folder, `app-${index}`);
			mkdirSync(app);
			writeFileSync(path.join(app, 'package.json'), '{"name": "bench-cold-install", "private": true}\n');
			const started = performance.now();
			await npm(['install', '--cache', path.join(folder, `cache-${index}`), ...(offline ? ['--offline'] : []), path.join(folder, packed!.filename)], app);
			samples.push((performance.now() - started) / 1000);
			const lock = JSON.parse(readFileSync(path.join(app, 'node_modules', '.package-lock.json'), 'utf8')) as {packages: Record<string, unknown>};
			const size = sizeUnder(path.join(app, 'node_modules'));
			figures = {packages: Object.keys(lock.packages).length, installedBytes: size.bytes, diskBytes: size.disk};
		}

		samples.sort((a, b) => a - b);
		return {tarballBytes: packed!.size, ...figures!, seconds: samples[Math.floor(samples.length / 2)]!, offline};
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

/** AWS CLI v2 as Debian ships it: the .deb, and what it and its own Python libraries take installed. */
function awsCliFootprint(): string | undefined {
	const show = spawnSync('apt-cache', ['show', 'awscli'], {encoding: 'utf8'});
	const installed = spawnSync('dpkg-query', ['-W', '-f', '${Version} ${Installed-Size} ${Depends}', 'awscli'], {encoding: 'utf8'});
	if (show.status !== 0 || installed.status !== 0) {
		return undefined;
	}

	const debBytes = Number(/^Size: (\d+)$/m.exec(show.stdout)?.[1] ?? Number.NaN);
	const [version, kib, ...depends] = installed.stdout.split(' ');
	const pythonLibraries = [...new Set(depends.join(' ').split(/,\s*/).map(item => item.trim().split(/[\s(:]/)[0]!).filter(name => name.startsWith('python3-')))];
	const sizes = spawnSync('dpkg-query', ['-W', '-f', '${Installed-Size}\n', ...pythonLibraries], {encoding: 'utf8'});
	const libraryKib = sizes.stdout.split('\n').filter(Boolean).reduce((total, line) => total + Number(line), 0);
	return `Debian awscli ${version}: .deb ${mb(debBytes)}; installed ${mb(Number(kib) * 1024)} + ${mb(libraryKib * 1024)} in ${pythonLibraries.length} python3-* packages (${1 + pythonLibraries.length} packages, Python itself not counted; install time not measured: apt needs root and the network)`;
}

/** What publishing adds to the package, unpacked: the chunks holding werift (build/meta.json says which) and the test pattern. */
function mediaBytes(root: string): {webrtc: number; testPattern: number} | undefined {
	try {
		const meta = JSON.parse(readFileSync(path.join(root, 'build', 'meta.json'), 'utf8')) as {outputs: Record<string, {inputs: Record<string, unknown>}>};
		const webrtc = Object.entries(meta.outputs)
			.filter(([, output]) => Object.keys(output.inputs).some(input => input.includes('node_modules/werift/')))
			.reduce((total, [file]) => total + statSync(path.join(root, file)).size, 0);
		return {webrtc, testPattern: sizeUnder(path.join(root, 'dist', 'test-pattern')).bytes};
	} catch {
		return undefined;
	}
}

export async function benchPackage(root: string, runs: number): Promise<void> {
	const figures = await coldInstall(root, runs);
	const media = mediaBytes(root);
	console.log('What a first `npx ivs-stage-wizard` downloads and installs (npm pack, then npm install of the tarball into an empty folder with an empty cache)');
	console.log(`  packed tarball            ${mb(figures.tarballBytes)} (target at most 2.5 MB with the test pattern and the WebRTC chunk${media ? `, which are ${mb(media.testPattern)} and ${mb(media.webrtc)} unpacked` : ''})`);
	console.log(
		`  cold install              ${figures.packages} package(s), ${mb(figures.installedBytes)} (${mb(figures.diskBytes)} on disk), median ${figures.seconds.toFixed(2)} s of ${runs} (${figures.offline ? 'no dependencies: --offline, no network' : 'from the registry'}; target at most 3 packages, 12 MB, 4 s)`,
	);
	const aws = awsCliFootprint();
	console.log(`  aws (v2)                  ${aws ?? 'not measured: no Debian awscli package here'}`);
}
