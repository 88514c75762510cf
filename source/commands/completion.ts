// `ivs-stage-wizard completion bash|zsh|fish`: prints the shell's completion script (see readme).
// `completion --complete -- WORDS…` is what those scripts call on a Tab; source/cli.ts sends it
// to source/completion/complete.ts before loading this router, and it is answered here too when
// main() runs in a test.
import type {Command} from 'commander';
import {UsageError, exitCodes} from '../basics/errors.js';
import {writeAll} from '../basics/write-all.js';
import {completionScripts, completionShells, type CompletionShell} from '../completion/shell-scripts.js';
import {didYouMean} from '../basics/did-you-mean.js';
import {type CommandContext, ParsedCommand} from './command.js';
import {fitHelp} from '../basics/fit-help.js';

export const completionUsage = fitHelp(`Usage: ivs-stage-wizard completion bash|zsh|fish

Prints the shell's completion script: commands, options, their values (--output, --region,
--profile, preset names, participant-token shorthand, file:// paths). To install it:
  bash  ivs-stage-wizard completion bash > ~/.local/share/bash-completion/completions/ivs-stage-wizard
  zsh   ivs-stage-wizard completion zsh > "\${fpath[1]}/_ivs-stage-wizard"
  fish  ivs-stage-wizard completion fish > ~/.config/fish/completions/ivs-stage-wizard.fish
`);

export function command(context: CommandContext): Command {
	return new ParsedCommand('completion').option('--complete').answersHelp(completionUsage).runs(context, async parsed => {
		if (parsed.opts<{complete?: boolean}>().complete) {
			const {completeWords} = await import('../completion/complete.js');
			await writeAll(context.io.stdout, completeWords(['--', ...parsed.args], context.io.env));
			return exitCodes.ok;
		}

		const [shell, ...extra] = parsed.args;
		if (shell === undefined || extra.length > 0 || !(completionShells as readonly string[]).includes(shell)) {
			const suggestion = shell === undefined ? undefined : didYouMean(shell, completionShells);
			throw new UsageError(`completion needs one shell: bash, zsh or fish${shell === undefined ? '' : ` (not "${[shell, ...extra].join(' ')}"${suggestion ? `; ${suggestion}` : ''})`}.`);
		}

		await writeAll(context.io.stdout, completionScripts[shell as CompletionShell]);
		return exitCodes.ok;
	});
}
