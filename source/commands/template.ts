// `ivs-stage-wizard template [create-stage options] [--format yaml|json]`: the request as a
// CloudFormation template (source/template/). Its words follow create-stage's argparse rules, so
// they reach the template module as typed.
import type {Command} from 'commander';
import {runTemplateCommand} from '../template/template-command.js';
import {type CommandContext, WordsCommand} from './command.js';

export function command(context: CommandContext): Command {
	return new WordsCommand('template').runs(context, async words => runTemplateCommand(words, context.io));
}
