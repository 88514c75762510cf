// `keys create [NAME]`: the private key's file is made first (0600, a taken name refused), so a
// clash costs no call; then the public key is imported; then the index records its ARN. A failed
// import removes the file; once imported, a failure to record it names the ARN and the file, so
// nothing made is lost.
import {rm} from 'node:fs/promises';
import type {Command} from 'commander';
import {writeAll} from '../../cli/io.js';
import {CliError, ConfigError, UsageError, exitCodes} from '../../basics/errors.js';
import {toCliError} from '../../ivs/service-errors.js';
import {readKeyIndex, updateKeyIndex, type KeyEntry} from '../../keys/key-index.js';
import {assertKeyName, defaultKeyName} from '../../keys/key-name.js';
import {makeKeyPair} from '../../keys/key-pair.js';
import {openKeysFolder} from '../../keys/keys-folder.js';
import {privateKeyPath, writePrivateKeyFile} from '../../keys/private-key-file.js';
import {neutraliseControlCharacters} from '../../basics/control-characters.js';
import {type CommandContext, ParsedCommand} from '../command.js';
import {connectFor, withConnectionOptions} from '../service-options.js';
import {keysSubcommandUsage} from './usage.js';

const publicKeyArnPattern = /^arn:aws[a-z-]*:ivs:([a-z\d-]+):\d+:public-key\/[a-zA-Z\d-]+$/;

export function create(context: CommandContext): Command {
	return withConnectionOptions(new ParsedCommand('create')).answersHelp(keysSubcommandUsage('create')).runs(context, async command => {
		if (command.args.length > 1) {
			throw new UsageError('keys create takes at most one name: ivs-stage-wizard keys create [NAME]');
		}

		const now = context.io.now?.() ?? new Date();
		const name = command.args[0] ?? defaultKeyName(now);
		assertKeyName(name);
		const folder = openKeysFolder(context.io.env, {create: true});
		const taken = readKeyIndex(folder).find(entry => entry.name === name);
		if (taken) {
			throw new UsageError(`A key named "${name}" exists already (${taken.arn}); delete it first, or pick another name.`);
		}

		const {settings, ivs} = await connectFor(command, context);
		const file = privateKeyPath(folder, name);
		const pair = makeKeyPair();
		try {
			await writePrivateKeyFile(file, pair.privateKeyPem);
		} catch (error) {
			ivs.close();
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
				throw new UsageError(`Cannot make the key "${name}": ${file} exists already (a key this tool no longer lists?); move it away, or pick another name.`);
			}

			throw new ConfigError(`Cannot write ${file}: ${(error as Error).message}`);
		}

		let arn: string;
		let fingerprint: string | undefined;
		try {
			const publicKey = await ivs.importPublicKey({publicKeyMaterial: pair.publicKeyPem, name});
			arn = String(publicKey.arn);
			fingerprint = publicKey.fingerprint;
		} catch (error) {
			await rm(file, {force: true});
			throw toCliError(error, 'ImportPublicKey', settings.endpointUrl);
		} finally {
			ivs.close();
		}

		const region = publicKeyArnPattern.exec(arn)?.[1];
		if (region === undefined) {
			throw new CliError(`ImportPublicKey answered with an ARN that is not a public key's: ${JSON.stringify(neutraliseControlCharacters(arn.slice(0, 200)))}; the private key is kept in ${file}`, exitCodes.service);
		}

		const entry: KeyEntry = {name, arn, region, createdAt: now.toISOString(), ...(settings.endpointUrl ? {endpointUrl: settings.endpointUrl} : {})};
		try {
			updateKeyIndex(folder, entries => [...entries.filter(other => other.name !== name), entry]);
		} catch (error) {
			throw new ConfigError(`The public key ${arn} was imported, but could not be recorded (${(error as Error).message}); its private key is ${file}`);
		}

		const shown = {...entry, ...(fingerprint ? {fingerprint: neutraliseControlCharacters(fingerprint)} : {}), privateKeyFile: file};
		await writeAll(context.io.stdout, `${JSON.stringify({key: shown}, undefined, 4)}\n`);
		return exitCodes.ok;
	});
}
