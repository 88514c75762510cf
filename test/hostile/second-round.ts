// The second hostile round (issue 17): the kinds of argv and environment the first round's
// generator never made. Each vector carries what it must end in, worked out here from the rule it
// tests (not from the code under test): the exit code, a pattern every stderr line matches, how
// many lines, whether the endpoint may hear of it, and what the files hold afterwards.
import fs from 'node:fs';
import path from 'node:path';
import type {RecordedRequest} from '../helpers/recording-server.js';
import {picker} from './seeded-random.js';

export type Expectation = {
	code: number;
	/** Every stderr line matches; without it stderr is empty. */
	line?: RegExp;
	/** How many stderr lines (1 when a line is given): presets save names each problem on its own line. */
	lines?: number;
	/** Whether anything reaches the endpoint: refusals never, successes always. */
	sent: boolean;
	stdout?: RegExp;
};

export type Ran = {sent: readonly RecordedRequest[]; stdout: string};

export type RoundTwoVector = {
	kind: string;
	args: string[];
	/** Added to the run's environment; undefined removes a variable. */
	env: Record<string, string | undefined>;
	expect: Expectation;
	/** Saves or replaces something, so a second run of it answers differently. */
	changesState?: boolean;
	/** Only the bin can run it: it changes what the process itself reads (HOME, the proxy variables). */
	binOnly?: boolean;
	/** The folder it runs in (the bin only). */
	cwd?: string;
	prepare?: () => void;
	/** What was wrong afterwards, if anything. */
	after?: (ran: Ran) => string | undefined;
};

export type RoundTwoSetting = {
	serverUrl: string;
	/** An https URL nothing listens on: a refusal there came before any connection. */
	closedHttpsUrl: string;
	/** A folder for this round's own files (export targets, homes, working folders). */
	workDir: string;
	fifo: string;
	/** A preset saved before the round: --save-preset of it needs --force. */
	takenPreset: string;
	tagFiles: {sixty: string; overlong: string; huge: string};
};

/** The invisible characters issue 17 names, the escape an error line (and JSON, text, a table) shows, and YAML's own. */
export const hiddenCharacters: ReadonlyArray<[string, string, string]> = [
	['\u202E', String.raw`\u202e`, String.raw`\u202E`],
	['\u200B', String.raw`\u200b`, String.raw`\u200B`],
	['\u2028', String.raw`\u2028`, String.raw`\L`],
	['\uFEFF', String.raw`\ufeff`, String.raw`\uFEFF`],
];

export const anyHiddenCharacter = /[\u200B\u202E\u2028\uFEFF]/;

export function escapeRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

function exactly(line: string): RegExp {
	return new RegExp(`^${escapeRegExp(line)}$`);
}

/** The stage names a name with placeholders can become: {date} YYYY-MM-DD, {time} HHmm, {user} as a name allows. */
export function expansionOf(name: string): RegExp {
	const parts = name.split(/({date}|{time}|{user})/);
	const pattern = parts.map(part => ({'{date}': String.raw`\d{4}-\d{2}-\d{2}`, '{time}': String.raw`\d{4}`, '{user}': '[A-Za-z0-9_-]+'})[part] ?? escapeRegExp(part)).join('');
	return new RegExp(`^${pattern}$`);
}

const createStageBodies = (sent: readonly RecordedRequest[]) => sent.filter(request => request.url.endsWith('/CreateStage')).map(request => JSON.parse(request.body) as {name?: string});

const presetsFolderMissing = (home: string) => `Cannot find the folder for presets: ${home === '' ? 'HOME is empty' : `HOME is not an absolute path (${JSON.stringify(home)})`}. Set HOME to your home folder, or IVS_STAGE_WIZARD_CONFIG_DIR to a folder for presets.`;

export function roundTwoGenerator(rng: () => number, setting: RoundTwoSetting) {
	const pick = picker(rng);
	const base = ['--endpoint-url', setting.serverUrl, '--region', 'us-west-2'];
	let counter = 0;
	const fresh = (prefix: string) => `${prefix}${++counter}`;
	// Valid company for the hostile value; none of them changes what the vector must end in (an
	// option the vector gives itself is left out: the last one given wins).
	const extras = (...own: string[]): string[] => pick([[], ['--output', pick(['json', 'text', 'yaml', 'yaml-stream', 'table'])], ['--tags', 'team=video'], ['--participant-token-configurations', 'userId=alice,capabilities=PUBLISH'], ['--color', 'off']].filter(([option]) => option === undefined || !own.includes(option)));
	const shuffled = (first: string[], second: string[]) => rng() < 0.5 ? [...first, ...second] : [...second, ...first];

	const queryThatCannotApply = (): RoundTwoVector => {
		const batch = rng() < 0.3;
		const query = pick(batch ? ['length(stages)', 'stage.arn | length(@)', 'abs(results)', 'max(results)'] : ['length(stages)', 'abs(stage.name)', 'max(stage)', 'keys(participantTokens)', 'length(results)']);
		const answer = batch ? 'a --count batch\'s answer, {"results": [each CreateStage answer]}' : 'CreateStage\'s answer, which holds stage and participantTokens';
		return {
			kind: 'query that cannot apply',
			args: [...base, ...shuffled(batch ? ['--name', 'q-{n}', '--count', '2'] : ['--name', 'q'], extras()), '--query', query],
			env: {},
			expect: {code: 252, line: new RegExp(`^Bad value for --query ${escapeRegExp(query)}: it fails on ${escapeRegExp(answer)}: In function \\w+\\(\\), invalid type for value, expected one of: .+; nothing was sent$`), sent: false},
		};
	};

	const queryThatApplies = (): RoundTwoVector => {
		if (rng() < 0.25) {
			// Nothing printed, so the query never runs: AWS CLI v2 refuses only an expression it cannot parse.
			return {kind: 'query that applies', args: [...base, '--name', 'off', '--output', 'off', '--query', pick(['length(stages)', 'abs(stage.name)'])], env: {}, expect: {code: 0, sent: true, stdout: /^$/}};
		}

		const batch = rng() < 0.3;
		const query = pick(batch ? ['length(results)', 'results[].stage.arn', 'results[0].stage.name'] : ['stage.arn', 'length(participantTokens)', 'keys(stage.tags)', '[stage.name, length(participantTokens)]', 'participantTokens[0].userId', 'stage.tags']);
		return {kind: 'query that applies', args: [...base, ...shuffled(batch ? ['--name', 'fit-{n}', '--count', '2'] : ['--name', 'fit'], extras()), '--query', query], env: {}, expect: {code: 0, sent: true}};
	};

	const savePresetAndForce = (): RoundTwoVector => {
		const which = pick(['taken', 'taken', 'force alone', 'force']);
		if (which === 'taken') {
			return {kind: '--save-preset and --force', args: [...base, ...shuffled(['--name', 'x', '--save-preset', setting.takenPreset], extras())], env: {}, expect: {code: 252, line: exactly(`A preset named "${setting.takenPreset}" already exists. Use --force to replace it.`), sent: false}};
		}

		if (which === 'force alone') {
			return {kind: '--save-preset and --force', args: [...base, ...shuffled(['--name', 'x', '--force'], extras())], env: {}, expect: {code: 252, line: exactly('--force lets --save-preset replace a preset of the same name; give --save-preset NAME, or leave --force out'), sent: false}};
		}

		// Replaced on every run after the first: --force is what makes that allowed.
		return {kind: '--save-preset and --force', args: [...base, '--name', 'x', '--save-preset', 'replaced-each-time', '--force', '--output', 'off'], env: {}, expect: {code: 0, sent: true, stdout: /^$/}, changesState: true};
	};

	const longDescription = (): RoundTwoVector => {
		const name = fresh('described-');
		const character = pick(['d', 'é', '🎥', '\u202E']);
		const length = pick([1024, 1025, 1026, 4097, 20_000]);
		const args = ['presets', 'save', name, ...shuffled(['--name', 'x'], ['--description', character.repeat(length)])];
		if (length === 1024) {
			// Counted in characters (code points): 1024 emoji fit though they are 4096 bytes.
			return {kind: 'presets save --description', args, env: {}, expect: {code: 0, sent: false, stdout: exactly(`Saved preset "${name}" (stage name x).\n`)}, changesState: true};
		}

		return {kind: 'presets save --description', args, env: {}, expect: {code: 252, line: exactly(`preset "${name}": description: must have at most 1024 characters (it has ${length})`), sent: false}};
	};

	const bigTagFiles = (): RoundTwoVector => {
		const which = pick(['sixty', 'overlong', 'huge'] as const);
		const file = setting.tagFiles[which];
		const intoPreset = rng() < 0.5;
		const name = fresh('tagged-');
		const args = intoPreset ? ['presets', 'save', name, '--tags', `file://${file}`] : [...base, ...shuffled(['--tags', `file://${file}`], extras('--tags'))];
		const label = intoPreset ? `preset "${name}": ` : 'Invalid parameter ';
		const expect: Expectation = {
			sixty: {code: 252, line: new RegExp(`^${escapeRegExp(label)}tags: \\{"k0":"v+… must have at most 50 entries$`), sent: false},
			// Create-stage names every field on one line; presets save gives each its own line.
			overlong: intoPreset
				? {code: 252, line: new RegExp(`^${escapeRegExp(label)}tags\\.k{100}\\d+: "v+… must have at most 256 characters$`), lines: 50, sent: false}
				: {code: 252, line: /^Invalid parameter tags\.k{100}0: "v+… must have at most 256 characters(; tags\.k{100}\d+: "v+… must have at most 256 characters){49}$/, sent: false},
			huge: {code: 252, line: new RegExp(`^Error parsing parameter '--tags': Unable to load paramfile file://${escapeRegExp(file)}: larger than 1 MiB \\(1048576 bytes\\), more than any CreateStage input can need: '${escapeRegExp(file)}'$`), sent: false},
		}[which];
		return {kind: 'tags from a big file', args, env: {}, expect};
	};

	const exportOverSomething = (): RoundTwoVector => {
		const what = pick(['file', 'link', 'dangling link', 'fifo', 'directory'] as const);
		const folder = path.join(setting.workDir, fresh('export-'));
		const target = what === 'fifo' ? setting.fifo : (what === 'directory' ? setting.workDir : path.join(folder, 'presets.json'));
		const linked = path.join(folder, 'precious.txt');
		const force = (what === 'file' || what === 'link') && rng() < 0.25;
		const prepare = () => {
			fs.mkdirSync(folder);
			if (what === 'file') {
				fs.writeFileSync(target, 'my notes\n');
			} else if (what !== 'fifo' && what !== 'directory') {
				if (what === 'link') {
					fs.writeFileSync(linked, 'do not overwrite\n');
				}

				fs.symlinkSync(linked, target);
			}
		};

		const after = () => {
			if (what === 'link' && fs.readFileSync(linked, 'utf8') !== 'do not overwrite\n') {
				return 'the link\'s target was written';
			}

			if (what === 'dangling link' && fs.existsSync(linked)) {
				return 'the dangling link\'s target was created';
			}

			if (what === 'file' && !force && fs.readFileSync(target, 'utf8') !== 'my notes\n') {
				return 'the file was overwritten without --force';
			}

			if (what === 'fifo' && !fs.statSync(target).isFIFO()) {
				return 'the FIFO was replaced';
			}

			if (force && (fs.lstatSync(target).isSymbolicLink() || !fs.readFileSync(target, 'utf8').includes('"ivs-stage-wizard/presets"'))) {
				return '--force did not replace it with the export';
			}

			return undefined;
		};

		const args = ['presets', 'export', '--file', target, ...(force ? ['--force'] : [])];
		if (force) {
			return {kind: 'presets export --file', args, env: {}, prepare, after, changesState: true, expect: {code: 0, sent: false, stdout: new RegExp(`^Exported \\d+ presets? to ${escapeRegExp(target)}\\.\\n$`)}};
		}

		const reason = {
			file: 'it exists already; give --force to replace it, or another file name',
			link: 'it is a symbolic link, which export does not follow; give --force to replace the link with the file, or another file name',
			'dangling link': 'it is a symbolic link, which export does not follow; give --force to replace the link with the file, or another file name',
			fifo: 'it is a FIFO, not a regular file; give - to write to stdout',
			directory: 'it is a directory, not a regular file; give - to write to stdout',
		}[what];
		return {kind: 'presets export --file', args, env: {}, prepare, after, expect: {code: 252, line: exactly(`Cannot write ${target}: ${reason}`), sent: false}};
	};

	const runGrace = (): RoundTwoVector => {
		if (rng() < 0.2) {
			// A good grace lets the next check speak: the name, before anything is made.
			const grace = pick(['0', '1', '2.5', '3600']);
			return {kind: 'run --grace', args: ['run', '--grace', grace, ...base, '--name', 'bad name', '--', 'true'], env: {}, expect: {code: 252, line: exactly('Invalid parameter name: "bad name" must match the pattern [a-zA-Z0-9-_]*'), sent: false}};
		}

		const [grace, shown] = pick([['-1'], ['1e9'], ['abc'], ['3601'], [''], ['NaN'], ['Infinity'], ['0x10'], ['3600.5'], ['-0.5'], ['1\u202E', String.raw`1\u202e`], ['\u001B[2J', String.raw`\u001b[2J`]]);
		const option = rng() < 0.3 ? [`--grace=${grace}`] : ['--grace', grace];
		return {
			kind: 'run --grace',
			args: ['run', ...shuffled(option, base), '--name', 'g', '--', 'true'],
			env: {},
			expect: {code: 252, line: exactly(`argument --grace: invalid value "${shown ?? grace}": a number of seconds from 0 to 3600`), sent: false},
		};
	};

	const hiddenUnicode = (): RoundTwoVector => {
		const [hidden, shown] = pick(hiddenCharacters);
		const where = pick(['name', 'tag key', 'tag value', 'JSON tag key', 'attribute key', 'attribute value', 'user ID', 'preset name', '--save-preset name'] as const);
		const kind = 'hidden Unicode';
		const refusedPresetName = exactly(`Preset name "p${shown}" is not allowed: use 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit.`);
		switch (where) {
			case 'name': {
				return {kind, args: [...base, ...shuffled(['--name', `a${hidden}b`], extras())], env: {}, expect: {code: 252, line: exactly(`Invalid parameter name: "a${shown}b" must match the pattern [a-zA-Z0-9-_]*`), sent: false}};
			}

			case 'tag key': {
				return {kind, args: [...base, '--tags', `k${hidden}=v`], env: {}, expect: {code: 252, line: exactly(`Error parsing parameter '--tags': Expected: '=', received: '${shown}' for input: k${shown}=v (at column 2)`), sent: false}};
			}

			case 'attribute key': {
				const value = `userId=a,attributes={k${hidden}=v}`;
				return {kind, args: [...base, '--participant-token-configurations', value], env: {}, expect: {code: 252, line: exactly(`Error parsing parameter '--participant-token-configurations': Expected: '=', received: '${shown}' for input: userId=a,attributes={k${shown}=v} (at column 23)`), sent: false}};
			}

			case 'preset name': {
				return {kind, args: ['presets', 'save', `p${hidden}`, '--name', 'x'], env: {}, expect: {code: 252, line: refusedPresetName, sent: false}};
			}

			case '--save-preset name': {
				return {kind, args: [...base, '--name', 'x', '--save-preset', `p${hidden}`], env: {}, expect: {code: 252, line: refusedPresetName, sent: false}};
			}

			default: {
				// The service takes any text here: sent as typed, never written raw to a terminal (the terminal
				// sample). Inside the value, as the shorthand strips a trailing U+2028 as Python's strip() does.
				const value = {
					'tag value': ['--tags', `k=v${hidden}w`],
					'JSON tag key': ['--tags', JSON.stringify({[`k${hidden}x`]: 'v'})],
					'attribute value': ['--participant-token-configurations', `userId=a,attributes={k=v${hidden}w}`],
					'user ID': ['--participant-token-configurations', `userId=a${hidden}b`],
				}[where];
				const after = ({sent}: Ran) => createStageBodies(sent).length === 1 && JSON.stringify(createStageBodies(sent)[0]).includes(hidden) ? undefined : 'the request did not carry the character as typed';
				return {kind, args: [...base, '--name', 'hidden', ...value], env: {}, expect: {code: 0, sent: true}, after};
			}
		}
	};

	const placeholders = (): RoundTwoVector => {
		const template = rng() < 0.4;
		const kind = 'placeholders in --name';
		const which = pick(['known', 'known', 'known', '{n}', '{n} with --count', 'unknown', 'too long'] as const);
		const command = (name: string, more: string[] = []) => template ? ['template', '--name', name, '--format', pick(['json', 'yaml'])] : [...base, ...shuffled(['--name', name, ...more], extras())];
		switch (which) {
			case 'known': {
				const name = pick(['x-{date}', '{time}', 'u-{user}', '{date}-{time}-{user}', '{date}{date}', 'a_{user}_{time}']);
				const expanded = expansionOf(name);
				if (template) {
					const args = command(name);
					// YAML quotes a name that would read as a number (a bare {time}: "0905").
					const shown = expanded.source.slice(1, -1);
					const stdout = new RegExp(args.at(-1) === 'json' ? `"Name": "${shown}"` : `\\n {6}Name: (${shown}|"${shown}")\\n`);
					return {kind, args, env: {}, expect: {code: 0, sent: false, stdout}};
				}

				const after = ({sent}: Ran) => {
					const names = createStageBodies(sent).map(body => body.name ?? '');
					return names.length === 1 && expanded.test(names[0]!) ? undefined : `sent ${JSON.stringify(names)}, not ${String(expanded)}`;
				};

				return {kind, args: command(name), env: {}, expect: {code: 0, sent: true}, after};
			}

			case '{n}': {
				const line = template ? 'Invalid parameter name: "x-{n}" must match the pattern [a-zA-Z0-9-_]*' : 'The name holds {n}, which numbers the stages of a batch: give --count N (1-100), or take {n} out of the name';
				return {kind, args: command('x-{n}'), env: {}, expect: {code: 252, line: exactly(line), sent: false}};
			}

			case '{n} with --count': {
				if (template) {
					return {kind, args: [...command('x-{n}'), '--count', '2'], env: {}, expect: {code: 252, line: exactly('template does not take --count: it sends nothing and prints the template (--format yaml|json); deploy it with aws cloudformation'), sent: false}};
				}

				const count = pick([2, 3]);
				const after = ({sent}: Ran) => {
					const names = createStageBodies(sent).map(body => body.name).sort();
					const wanted = Array.from({length: count}, (_, index) => `n-${index + 1}`);
					return JSON.stringify(names) === JSON.stringify(wanted) ? undefined : `sent ${JSON.stringify(names)}, not ${JSON.stringify(wanted)}`;
				};

				return {kind, args: command('n-{n}', ['--count', String(count)]), env: {}, expect: {code: 0, sent: true}, after};
			}

			case 'unknown': {
				const name = pick(['x-{week}', 'x-{}', 'x-{DATE}', 'x-{date', 'x-date}', '{user']);
				return {kind, args: command(name), env: {}, expect: {code: 252, line: exactly(`Invalid parameter name: "${name}" must match the pattern [a-zA-Z0-9-_]*`), sent: false}};
			}

			default: {
				// Thirteen dates are 130 characters: the limit applies to the name as it will be.
				return {kind, args: command('{date}'.repeat(13)), env: {}, expect: {code: 252, line: /^Invalid parameter name: "(\d{4}-\d{2}-\d{2}){5}\d{4}-\d… must have at most 128 characters$/, sent: false}};
			}
		}
	};

	/** Proxy variables as the process reads them (the SDK's client takes its own environment's): the bin only. */
	const proxyVector = (): RoundTwoVector => {
		const junk = pick(['http://[::1', 'ftp://x', ':::', 'socks5://127.0.0.1:1', 'http://', 'http://user:secret@[::1']);
		const shown = junk.replace('user:secret@', '***:***@');
		const why = junk.startsWith('ftp:') || junk.startsWith('socks5:') ? 'the proxy must be an http:// or https:// URL with a host and port only' : 'it is not a URL. A proxy is http://[user:password@]host[:port] or https://…';
		const refused = (variable: string) => exactly(`Bad value for ${variable} "${shown}": ${why}; nothing was sent`);
		const which = pick(['https', 'http', 'https proxy for an http endpoint'] as const);
		if (which === 'https') {
			const variable = pick(['HTTPS_PROXY', 'https_proxy']);
			return {kind: 'junk proxy variable', args: ['--endpoint-url', setting.closedHttpsUrl, '--region', 'us-west-2', '--name', 'p'], env: {[variable]: junk}, binOnly: true, expect: {code: 252, line: refused(variable), sent: false}};
		}

		if (which === 'http') {
			const variable = pick(['HTTP_PROXY', 'http_proxy']);
			return {kind: 'junk proxy variable', args: [...base, ...shuffled(['--name', 'p'], extras())], env: {[variable]: junk}, binOnly: true, expect: {code: 252, line: refused(variable), sent: false}};
		}

		// As botocore: HTTPS_PROXY is for https endpoints only, so it is never read here.
		return {kind: 'junk proxy variable', args: [...base, '--name', 'p'], env: {HTTPS_PROXY: junk}, binOnly: true, expect: {code: 0, sent: true}};
	};

	const kinds = [queryThatCannotApply, queryThatApplies, savePresetAndForce, longDescription, bigTagFiles, exportOverSomething, runGrace, hiddenUnicode, placeholders];

	/** HOME and XDG_CONFIG_HOME as the process reads them: the bin only, each in a working folder of its own. */
	const homeVector = (): RoundTwoVector => {
		const cwd = path.join(setting.workDir, fresh('cwd-'));
		const prepare = () => {
			fs.mkdirSync(cwd);
		};

		const nothingInCwd = () => fs.readdirSync(cwd).length === 0 ? undefined : `files landed in the working folder: ${fs.readdirSync(cwd).join(', ')}`;
		const unset = {IVS_STAGE_WIZARD_CONFIG_DIR: undefined, XDG_CONFIG_HOME: undefined};
		if (rng() < 0.25) {
			// A relative XDG_CONFIG_HOME is ignored (the XDG spec): presets go under HOME/.config.
			const home = path.join(setting.workDir, fresh('home-'));
			const after = () => nothingInCwd() ?? (fs.existsSync(path.join(home, '.config', 'ivs-stage-wizard-nodejs', 'config.json')) ? undefined : 'no config.json under HOME/.config');
			return {kind: 'HOME and XDG_CONFIG_HOME', args: ['presets', 'save', 'x', '--name', 'x'], env: {...unset, HOME: home, XDG_CONFIG_HOME: 'relative/config'}, binOnly: true, cwd, prepare, after, changesState: true, expect: {code: 0, sent: false, stdout: exactly('Saved preset "x" (stage name x).\n')}};
		}

		const home = pick(['', 'relative/home']);
		const args = pick([['presets', 'list'], ['presets', 'save', 'h', '--name', 'x'], ['presets', 'export'], ['presets', 'show', 'h'], [...base, '--name', 'x', '--save-preset', 'h'], [...base, '--name', 'x', '--preset', 'h']]);
		return {kind: 'HOME and XDG_CONFIG_HOME', args, env: {...unset, HOME: home}, binOnly: true, cwd, prepare, after: nothingInCwd, expect: {code: 253, line: exactly(presetsFolderMissing(home)), sent: false}};
	};

	return {next: (): RoundTwoVector => pick(kinds)(), homeVector, proxyVector, kindCount: kinds.length};
}
