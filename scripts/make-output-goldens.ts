// Remakes the golden files of test/fixtures/output/ with the real AWS CLI v2 (/usr/bin/aws, 2.9.19
// here). Run: `npx tsx scripts/make-output-goldens.ts`. Needs /usr/bin/aws and /usr/bin/python3
// (for the pseudo terminal that sets the table width); the tests themselves need neither.
//
// How: a node:http server answers POST /CreateStage with the chosen canned body from
// test/fixtures/output/responses/, and the CLI runs once per case against it with fake credentials,
// its IVS Real-Time model added under a scratch HOME (2.9.19 predates the service). stdout is kept
// byte for byte; the exit code and stderr go into cases.json beside the goldens.
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {mkdtemp, mkdir, readFile, readdir, rm, writeFile} from 'node:fs/promises';
import http from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {OutputFormat} from '../source/output/output-formats.js';
import {type OperationCase, planOperationCases} from './operation-golden-cases.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'test/fixtures/output');
const operationFixtures = path.join(fixtures, 'operations');
const aws = '/usr/bin/aws';
const python = '/usr/bin/python3';

/** One run of `aws ivs-realtime create-stage` and where its stdout goes. */
export type GoldenCase = {
	/** Path of the golden file, relative to test/fixtures/output/. */
	golden: string;
	/** Name of the canned response in responses/ (without .json). */
	response: string;
	format: (typeof formats)[number];
	query?: string;
	color: boolean;
	/** The table width: 80 is what the CLI uses when stdout is not a terminal. */
	width: number;
	/** The exact command line after `aws ivs-realtime create-stage --endpoint-url URL`. */
	args: string[];
	exitCode: number;
	stderr: string;
};

// Every format that prints (off prints nothing), in the order cases.json was made in.
const formats = ['json', 'yaml', 'yaml-stream', 'text', 'table'] as const satisfies ReadonlyArray<Exclude<OutputFormat, 'off'>>;

// Each query on `typical` runs in every format, the table also with --color on.
const typicalQueries = [
	'stage.arn',
	'participantTokens[].participantId',
	'participantTokens[0]',
	'participantTokens[].[userId, capabilities]',
	'participantTokens[].[userId, duration]',
	'participantTokens[].capabilities',
	'length(participantTokens)',
	'participantTokens[0].duration',
	'stage.tags',
	'stage.missing',
	'participantTokens[?userId==\'nobody\']',
	'{z: stage.name, a: length(participantTokens), tokens: participantTokens[].userId}',
	'[participantTokens[0].attributes, participantTokens[0].attributes]',
	'participantTokens[1].attributes',
	'stage.endpoints.*',
];

// Queries that v2 refuses (exit 252 while parsing arguments) or that fail while searching (255).
const failingQueries = ['stage.[', 'foo(', 'nofn(stage)', 'length(stage.name, stage.arn)', 'abs(stage.name)'];

function slug(text: string): string {
	return text.replaceAll(/[^A-Za-z0-9]+/g, '-').replaceAll(/^-|-$/g, '').slice(0, 60);
}

function planCases(responses: string[]): Array<Omit<GoldenCase, 'exitCode' | 'stderr'>> {
	const cases: Array<Omit<GoldenCase, 'exitCode' | 'stderr'>> = [];
	const add = (response: string, format: GoldenCase['format'], options: {query?: string; color?: boolean; width?: number; tag?: string} = {}) => {
		const color = options.color ?? false;
		const width = options.width ?? 80;
		const args = ['--output', format, '--color', color ? 'on' : 'off'];
		if (options.query !== undefined) {
			args.push('--query', options.query);
		}

		const name = [format, width === 80 ? '' : `w${width}`, color ? 'color' : '', options.tag ?? ''].filter(Boolean).join('.');
		cases.push({golden: `goldens/${response}/${name}.txt`, response, format, ...(options.query === undefined ? {} : {query: options.query}), color, width, args});
	};

	for (const response of responses) {
		for (const format of formats) {
			add(response, format);
		}

		add(response, 'table', {color: true});
		add(response, 'table', {width: 60});
	}

	// No 'off' case: --output off came after 2.9.19 (which refuses it); newer v2 prints nothing.
	add('typical', 'table', {width: 60, color: true});
	add('typical', 'table', {width: 200});
	add('typical', 'table', {width: 40});
	for (const [index, query] of typicalQueries.entries()) {
		const tag = `q${String(index + 1).padStart(2, '0')}-${slug(query)}`;
		for (const format of formats) {
			add('typical', format, {query, tag});
		}

		add('typical', 'table', {query, tag, color: true});
	}

	for (const [index, query] of failingQueries.entries()) {
		add('typical', 'json', {query, tag: `bad${index + 1}-${slug(query)}`});
	}

	for (const format of formats) {
		add('recording', format, {query: 'stage', tag: 'q-stage'});
		add('unicode-empty', format, {query: 'stage.name', tag: 'q-stage-name'});
		add('control-characters', format, {query: 'stage.name', tag: 'q-stage-name'});
		add('yaml-quoting', format, {query: 'participantTokens[0].attributes', tag: 'q-attributes'});
	}

	return cases;
}

// Runs a command with stdout on a pseudo terminal of the given width (so the CLI's ioctl sees it),
// output post-processing off so that newlines stay \n.
const ptyHelper = `
import os, pty, sys, struct, fcntl, termios, subprocess
cols = int(sys.argv[1]); cmd = sys.argv[2:]
master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', 24, cols, 0, 0))
attrs = termios.tcgetattr(slave); attrs[1] &= ~termios.OPOST; termios.tcsetattr(slave, termios.TCSANOW, attrs)
p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE)
os.close(slave)
out = b''
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
err = p.stderr.read()
rc = p.wait()
sys.stdout.buffer.write(out); sys.stdout.flush()
sys.stderr.buffer.write(err); sys.stderr.flush()
sys.exit(rc)
`;

async function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{stdout: Buffer; stderr: string; exitCode: number}> {
	const child = spawn(command, args, {env, stdio: ['ignore', 'pipe', 'pipe']});
	const stdout: Buffer[] = [];
	const stderr: Buffer[] = [];
	child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
	child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
	const [code] = (await once(child, 'close')) as [number | null];
	return {stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8'), exitCode: code ?? -1};
}

async function main(): Promise<void> {
	const home = await mkdtemp(path.join(tmpdir(), 'aws-home-'));
	const env: NodeJS.ProcessEnv = {
		PATH: '/usr/bin:/bin',
		HOME: home,
		LANG: 'C.UTF-8',
		AWS_ACCESS_KEY_ID: 'x',
		AWS_SECRET_ACCESS_KEY: 'y',
		AWS_DEFAULT_REGION: 'us-west-2',
		AWS_PAGER: '',
	};
	const model = path.join(root, 'source/model/ivs-realtime-2020-07-14.json');
	const added = await run(aws, ['configure', 'add-model', '--service-name', 'ivs-realtime', '--service-model', `file://${model}`], env);
	if (added.exitCode !== 0) {
		throw new Error(`add-model failed: ${added.stderr}`);
	}

	const version = await run(aws, ['--version'], env);
	const cli = version.stdout.toString('utf8').trim().split(' ').slice(0, 2).join(' ');
	// The answer the server gives next, and the bodies the CLI sent since it was set.
	const serving: {body: Buffer | undefined; requests: string[]} = {body: undefined, requests: []};
	const server = http.createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			serving.requests.push(Buffer.concat(chunks).toString('utf8'));
			const body = serving.body;
			if (request.method !== 'POST' || !body) {
				response.writeHead(404, {'content-type': 'application/json'}).end('{"message":"not found"}');
				return;
			}

			response.writeHead(200, {'content-type': 'application/json', 'x-amzn-requestid': '00000000-0000-4000-8000-000000000000', 'content-length': body.length});
			response.end(body);
		});
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const address = server.address();
	if (!address || typeof address === 'string') {
		throw new Error('no port');
	}

	const endpoint = `http://127.0.0.1:${address.port}`;
	const runCli = async (cliArgs: string[], width: number) => width === 80 ? run(aws, cliArgs, env) : run(python, ['-c', ptyHelper, String(width), aws, ...cliArgs], env);
	try {
		if (!process.argv.includes('--operations')) {
			await makeCreateStageGoldens(cli, serving, endpoint, runCli);
		}

		await makeOperationGoldens(cli, serving, endpoint, runCli);
	} finally {
		server.close();
		await rm(home, {recursive: true, force: true});
	}
}

type Serving = {body: Buffer | undefined; requests: string[]};
type RunCli = (cliArgs: string[], width: number) => Promise<{stdout: Buffer; stderr: string; exitCode: number}>;

async function makeCreateStageGoldens(cli: string, serving: Serving, endpoint: string, runCli: RunCli): Promise<void> {
	const responseNames = (await readdir(path.join(fixtures, 'responses'))).filter(name => name.endsWith('.json')).map(name => name.slice(0, -5)).sort();
	await rm(path.join(fixtures, 'goldens'), {recursive: true, force: true});
	const results: GoldenCase[] = [];
	for (const planned of planCases(responseNames)) {
		serving.body = await readFile(path.join(fixtures, 'responses', `${planned.response}.json`));
		const result = await runCli(['ivs-realtime', 'create-stage', '--endpoint-url', endpoint, ...planned.args], planned.width);
		await mkdir(path.dirname(path.join(fixtures, planned.golden)), {recursive: true});
		await writeFile(path.join(fixtures, planned.golden), result.stdout);
		results.push({...planned, exitCode: result.exitCode, stderr: result.stderr});
		process.stdout.write(`${result.exitCode} ${planned.golden}\n`);
	}

	await writeFile(path.join(fixtures, 'cases.json'), JSON.stringify({cli, cases: results}, null, '\t') + '\n');
}

/** The drop-ins' goldens: operations/cases.json, with the request each run sent. `--operations` makes only these. */
async function makeOperationGoldens(cli: string, serving: Serving, endpoint: string, runCli: RunCli): Promise<void> {
	await rm(path.join(operationFixtures, 'goldens'), {recursive: true, force: true});
	const results: OperationCase[] = [];
	for (const planned of planOperationCases()) {
		serving.body = planned.response === undefined ? undefined : await readFile(path.join(operationFixtures, 'responses', `${planned.response}.json`));
		serving.requests = [];
		const result = await runCli(['ivs-realtime', planned.command, '--endpoint-url', endpoint, ...planned.args], planned.width);
		await mkdir(path.dirname(path.join(operationFixtures, planned.golden)), {recursive: true});
		await writeFile(path.join(operationFixtures, planned.golden), result.stdout);
		const [sent] = serving.requests;
		results.push({...planned, exitCode: result.exitCode, stderr: result.stderr, request: sent === undefined ? null : JSON.parse(sent) as unknown});
		process.stdout.write(`${result.exitCode} operations/${planned.golden}\n`);
	}

	await writeFile(path.join(operationFixtures, 'cases.json'), JSON.stringify({cli, cases: results}, null, '\t') + '\n');
}

await main();
