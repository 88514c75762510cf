// Every command, one line each. The first word of the command line names one; without a name it
// is the default, create-stage (the bare `ivs-stage-wizard [options]`). A command's module is
// loaded only when it runs, so each mode loads only itself. Adding a command: a module in this
// folder exporting command(context) (see command.ts), and its line here.
import type {CommandModule, CommandSummary} from './command.js';

export type CommandEntry = CommandSummary & {load: () => Promise<CommandModule>};

export const defaultCommand: CommandEntry = {name: 'create-stage', synopsis: '[options]', summary: 'create a stage (a wizard in a terminal)', load: async () => import('./create-stage/index.js')};

export const namedCommands: readonly CommandEntry[] = [
	{name: 'presets', synopsis: 'presets <command>', summary: 'list | show | save | delete | rename | export | import', load: async () => import('./presets/index.js')},
	{name: 'run', synopsis: 'run [options] -- CMD', summary: 'a throwaway stage around a command: create, run, delete', load: async () => import('./run.js')},
	{name: 'template', synopsis: 'template [options]', summary: 'print the request as a CloudFormation template', load: async () => import('./template.js')},
	{name: 'publish', synopsis: 'publish [options]', summary: 'publish a test stream into a stage over WHIP', load: async () => import('./publish.js')},
	{name: 'emulator', synopsis: 'emulator [options]', summary: 'run the local IVS Real-Time endpoint', load: async () => import('./emulator.js')},
	{name: 'completion', synopsis: 'completion <shell>', summary: 'print a completion script for bash, zsh or fish', load: async () => import('./completion.js')},
];

export const commandTable: readonly CommandEntry[] = [defaultCommand, ...namedCommands];
