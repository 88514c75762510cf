// What `keys --help` and each subcommand's `-h`/`--help` print.
import {connectionUsage} from '../service-options.js';
import {fitHelp} from '../../basics/fit-help.js';

const subcommands = {
	create: {usage: `create [NAME] ${connectionUsage}`, about: 'Makes a P-384 key pair, imports its public key (ImportPublicKey) and keeps the private key\nin the config folder (keys/NAME.pem, 0600), for `token --offline`. NAME: 1 to 128 of\na-z A-Z 0-9 - _ (default key-<time>).'},
	list: {usage: 'list [--output json|yaml|table|text] [--query Q] [--color on|off|auto]', about: 'Lists the keys this tool keeps (name, region, public key ARN, when made): a table for a\nperson at a terminal, JSON otherwise (or --output). Calls nothing.'},
	delete: {usage: `delete NAME ${connectionUsage}`, about: 'Deletes the public key (DeletePublicKey, in the key\'s region unless --region), then its\nprivate key file; tokens it signed stop working. A key the service no longer knows still has\nits file removed.'},
} as const;

export type KeysSubcommand = keyof typeof subcommands;

export const keysUsage = Object.values(subcommands)
	.map(({usage}, index) => `${index === 0 ? 'Usage:' : '      '} ivs-stage-wizard keys ${usage}`)
	.join('\n');

/** `keys --help`: the usage lines, and what keys are for (a newcomer meets the word here first). */
export const keysHelp = fitHelp(`${keysUsage}

Keys sign participant tokens here, with no token API call: \`keys create\` makes a P-384 key pair
and imports its public key (ImportPublicKey); \`token --offline\` signs with its private key,
kept in the config folder (mode 0600). Each subcommand's --help says more.
`);

export function keysSubcommandUsage(name: KeysSubcommand): string {
	const {usage, about} = subcommands[name];
	return fitHelp(`Usage: ivs-stage-wizard keys ${usage}\n\n${about}\n`);
}
