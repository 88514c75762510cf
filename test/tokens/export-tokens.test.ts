import {mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {execFile} from 'node:child_process';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import test from 'ava';
import {exportFileName, exportTokens, tokenExport} from '../../source/tokens/export-tokens.js';

const execFileAsync = promisify(execFile);
const now = Date.UTC(2025, 5, 1, 8, 30, 15);
const stageArn = 'arn:aws:ivs:us-west-2:123456789012:stage/AbCdEfGhIjKl';
const tokens = [
	{participantId: 'pA', userId: 'alice', token: 'eyJ.secret.A', capabilities: ['PUBLISH' as const, 'SUBSCRIBE' as const], duration: 720, attributes: {role: 'host'}, expirationTime: new Date(now + 720 * 60_000)},
	{participantId: 'pB', token: 'eyJ.secret.B', capabilities: ['SUBSCRIBE' as const]},
];

async function temporaryDirectory(t: {teardown(fn: () => Promise<void>): void}) {
	const directory = await mkdtemp(path.join(tmpdir(), 'live-table-export-'));
	t.teardown(async () => rm(directory, {recursive: true, force: true}));
	return directory;
}

test('the file is created 0600 and holds every token', async t => {
	const directory = await temporaryDirectory(t);
	const filePath = await exportTokens(directory, tokenExport({stageArn, stageName: 'demo', region: 'us-west-2', tokens, now}));
	t.is(path.dirname(filePath), directory);
	t.is(path.basename(filePath), 'ivs-stage-AbCdEfGhIjKl-tokens-20250601T083015Z.json');
	t.is((await stat(filePath)).mode & 0o777, 0o600);
	const content = JSON.parse(await readFile(filePath, 'utf8'));
	t.deepEqual(content, {
		stageArn,
		stageName: 'demo',
		region: 'us-west-2',
		exportedAt: '2025-06-01T08:30:15.000Z',
		participantTokens: [
			{participantId: 'pA', userId: 'alice', capabilities: ['PUBLISH', 'SUBSCRIBE'], expirationTime: '2025-06-01T20:30:15.000Z', attributes: {role: 'host'}, token: 'eyJ.secret.A'},
			{participantId: 'pB', capabilities: ['SUBSCRIBE'], token: 'eyJ.secret.B'},
		],
	});
});

test('0600 even under a permissive umask', async t => {
	// Ava's workers cannot change the umask, so a child process does the export with umask 0.
	const directory = await temporaryDirectory(t);
	const module = new URL('../../source/tokens/export-tokens.ts', import.meta.url).href;
	const script = [
		'process.umask(0);',
		`const {exportTokens, tokenExport} = await import(${JSON.stringify(module)});`,
		`const filePath = await exportTokens(${JSON.stringify(directory)}, tokenExport({stageArn: 'arn:aws:ivs:x:1:stage/s', region: 'r', tokens: [], now: 0}));`,
		"const {statSync} = await import('node:fs');",
		'process.stdout.write((statSync(filePath).mode & 0o777).toString(8));',
	].join('\n');
	const {stdout} = await execFileAsync(process.execPath, ['--import=tsx', '--input-type=module', '-e', script]);
	t.is(stdout, '600');
});

test('an existing file is never overwritten: the next free name is taken', async t => {
	const directory = await temporaryDirectory(t);
	const taken = path.join(directory, exportFileName(stageArn, now));
	await writeFile(taken, 'keep me', {mode: 0o644});
	const filePath = await exportTokens(directory, tokenExport({stageArn, region: 'us-west-2', tokens, now}));
	t.is(path.basename(filePath), 'ivs-stage-AbCdEfGhIjKl-tokens-20250601T083015Z-2.json');
	t.is(await readFile(taken, 'utf8'), 'keep me');
	t.is((await stat(filePath)).mode & 0o777, 0o600);
});

test('an existing symlink is not followed', async t => {
	const directory = await temporaryDirectory(t);
	const {symlink} = await import('node:fs/promises');
	const target = path.join(directory, 'elsewhere.txt');
	await symlink(target, path.join(directory, exportFileName(stageArn, now)));
	const filePath = await exportTokens(directory, tokenExport({stageArn, region: 'us-west-2', tokens, now}));
	t.true(filePath.endsWith('-2.json'));
	await t.throwsAsync(stat(target), {code: 'ENOENT'});
});

test('a stage ARN with odd characters still makes a plain file name', t => {
	t.is(exportFileName('arn:aws:ivs:x:1:stage/../../etc', now), 'ivs-stage-etc-tokens-20250601T083015Z.json');
	t.is(exportFileName(undefined, now, 2), 'ivs-stage-stage-tokens-20250601T083015Z-3.json');
});
