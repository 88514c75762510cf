// Every command, one line each. The first word of the command line names one; without a name it
// is the default, create-stage (the bare `ivs-stage-wizard [options]`). A command's module is
// loaded only when it runs, so each mode loads only itself. Adding a command: a module in this
// folder exporting command(context) (see command.ts), and its line here.
import type {CommandModule, CommandSummary} from './command.js';

export type CommandEntry = CommandSummary & {load: () => Promise<CommandModule>};

export const defaultCommand: CommandEntry = {name: 'create-stage', synopsis: '[options]', summary: 'create a stage (a wizard in a terminal)', load: async () => import('./create-stage/index.js')};

/** An AWS CLI drop-in: the command named as the AWS CLI names the operation, its module the one drop-in path. */
function dropIn(name: string, operationName: string, summary: string): CommandEntry {
	return {name, synopsis: `${name} [options]`, summary, operation: operationName, load: async () => (await import('./drop-in/index.js')).dropIn(operationName)};
}

export const namedCommands: readonly CommandEntry[] = [
	{name: 'presets', synopsis: 'presets <command>', summary: 'list | show | save | delete | rename | export | import', load: async () => import('./presets/index.js')},
	{name: 'run', synopsis: 'run [options] -- CMD', summary: 'a throwaway stage around a command: create, run, delete', load: async () => import('./run.js')},
	{name: 'stages', synopsis: 'stages [options]', summary: 'the region\'s stages: browse, watch, add tokens, delete', load: async () => import('./stages.js')},
	{name: 'watch', synopsis: 'watch ARN|NAME', summary: 'the live table of an existing stage', load: async () => import('./watch.js')},
	{name: 'token', synopsis: 'token [options]', summary: 'participant tokens for a stage (--offline: signed here)', load: async () => import('./token.js')},
	{name: 'keys', synopsis: 'keys <command>', summary: 'create | list | delete: key pairs for offline tokens', load: async () => import('./keys/index.js')},
	{name: 'events', synopsis: 'events ARN|NAME', summary: 'what the stage saw: participant events, errors explained', load: async () => import('./events.js')},
	{name: 'publish', synopsis: 'publish [options]', summary: 'publish a test stream into a stage over WHIP', load: async () => import('./publish.js')},
	{name: 'prune', synopsis: 'prune [selectors]', summary: 'delete stages chosen by tag, name, idle time or dead run', load: async () => import('./prune.js')},
	{name: 'template', synopsis: 'template [options]', summary: 'print the request as a CloudFormation template', load: async () => import('./template.js')},
	{name: 'emulator', synopsis: 'emulator [options]', summary: 'run the local IVS Real-Time endpoint', load: async () => import('./emulator.js')},
	{name: 'completion', synopsis: 'completion <shell>', summary: 'print a completion script for bash, zsh or fish', load: async () => import('./completion.js')},
	dropIn('list-stages', 'ListStages', 'aws ivs-realtime list-stages'),
	dropIn('get-stage', 'GetStage', 'aws ivs-realtime get-stage'),
	dropIn('delete-stage', 'DeleteStage', 'aws ivs-realtime delete-stage'),
	dropIn('create-participant-token', 'CreateParticipantToken', 'aws ivs-realtime create-participant-token'),
	dropIn('list-participants', 'ListParticipants', 'aws ivs-realtime list-participants'),
	dropIn('list-participant-events', 'ListParticipantEvents', 'aws ivs-realtime list-participant-events'),
];

export const commandTable: readonly CommandEntry[] = [defaultCommand, ...namedCommands];
