// Every command, one line each. The first word of the command line names one; without a name it
// is the default, create-stage (the bare `ivs-stage-wizard [options]`). Commands are loaded only
// when one runs, through one of four imports: create-stage and the drop-ins, presets, the
// emulator, and every other command (create-commands.ts and more-commands.ts say why they travel
// together). Adding a command: a module in this folder exporting command(context) (see
// command.ts), its export in more-commands.ts, and its line here.
import type {CommandModule, CommandSummary} from './command.js';

export type CommandEntry = CommandSummary & {load: () => Promise<CommandModule>};

type MoreCommands = typeof import('./more-commands.js');

/** The command `pick` names among the other commands. */
function moreCommand(pick: (commands: MoreCommands) => CommandModule['command']): () => Promise<CommandModule> {
	return async () => ({command: pick(await import('./more-commands.js'))});
}

export const defaultCommand: CommandEntry = {name: 'create-stage', synopsis: '[options]', summary: 'create a stage (a wizard in a terminal)', load: async () => ({command: (await import('./create-commands.js')).createStage})};

/** An AWS CLI drop-in: the command named as the AWS CLI names the operation, its module the one drop-in path. */
function dropIn(name: string, operationName: string, summary: string): CommandEntry {
	return {name, synopsis: `${name} [options]`, summary, operation: operationName, load: async () => (await import('./create-commands.js')).dropIn(operationName)};
}

export const namedCommands: readonly CommandEntry[] = [
	{name: 'presets', synopsis: 'presets <command>', summary: 'list | show | save | delete | rename | export | import', load: async () => import('./presets/index.js')},
	{name: 'run', synopsis: 'run [options] -- CMD', summary: 'a throwaway stage around a command: create, run, delete', load: moreCommand(commands => commands.run)},
	{name: 'stages', synopsis: 'stages [options]', summary: 'the region\'s stages: browse, watch, add tokens, delete', load: moreCommand(commands => commands.stages)},
	{name: 'watch', synopsis: 'watch ARN|NAME', summary: 'the live table of an existing stage', load: moreCommand(commands => commands.watch)},
	{name: 'token', synopsis: 'token [options]', summary: 'participant tokens for a stage (--offline: signed here)', load: moreCommand(commands => commands.token)},
	{name: 'keys', synopsis: 'keys <command>', summary: 'create | list | delete: key pairs for offline tokens', load: moreCommand(commands => commands.keys)},
	{name: 'events', synopsis: 'events ARN|NAME', summary: 'what the stage saw: participant events, errors explained', load: moreCommand(commands => commands.events)},
	{name: 'publish', synopsis: 'publish [options]', summary: 'publish a test stream into a stage over WHIP', load: moreCommand(commands => commands.publish)},
	{name: 'prune', synopsis: 'prune [selectors]', summary: 'delete stages chosen by tag, name, idle time or dead run', load: moreCommand(commands => commands.prune)},
	{name: 'template', synopsis: 'template [options]', summary: 'print the request as a CloudFormation template', load: moreCommand(commands => commands.template)},
	{name: 'emulator', synopsis: 'emulator [options]', summary: 'run the local IVS Real-Time endpoint', load: async () => import('./emulator.js')},
	{name: 'completion', synopsis: 'completion <shell>', summary: 'print a completion script for bash, zsh or fish', load: moreCommand(commands => commands.completion)},
	dropIn('list-stages', 'ListStages', 'aws ivs-realtime list-stages'),
	dropIn('get-stage', 'GetStage', 'aws ivs-realtime get-stage'),
	dropIn('delete-stage', 'DeleteStage', 'aws ivs-realtime delete-stage'),
	dropIn('create-participant-token', 'CreateParticipantToken', 'aws ivs-realtime create-participant-token'),
	dropIn('list-participants', 'ListParticipants', 'aws ivs-realtime list-participants'),
	dropIn('list-participant-events', 'ListParticipantEvents', 'aws ivs-realtime list-participant-events'),
];

export const commandTable: readonly CommandEntry[] = [defaultCommand, ...namedCommands];
