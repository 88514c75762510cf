// The scripts `ivs-stage-wizard completion bash|zsh|fish` prints. Each is thin: it hands the words
// typed so far to `ivs-stage-wizard completion --complete -- WORDS… CURRENT` (complete.ts, the
// one place that knows the commands and options) and gives the shell its answer. Candidates end
// in `=`, `,`, `/` or `//` when more is to be typed in the same word: no space goes after those.

export const completionShells = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof completionShells)[number];

// Bash splits words at COMP_WORDBREAKS (`=` and `:` among them), so `userId=a,capabilities=` is
// three words to it. The line up to the cursor is split on blanks instead, and each candidate is
// cut back to the part after the last break character, which is what bash replaces.
const bash = String.raw`# ivs-stage-wizard completion for bash. Install:
#   ivs-stage-wizard completion bash > ~/.local/share/bash-completion/completions/ivs-stage-wizard
# or add to ~/.bashrc:  source <(ivs-stage-wizard completion bash)
_ivs_stage_wizard() {
	local line words=() current=""
	if [[ -n \${COMP_LINE+set} ]]; then
		line=\${COMP_LINE:0:COMP_POINT}
		read -r -a words <<<"$line"
		if [[ $line != *[[:space:]] && \${#words[@]} -gt 0 ]]; then
			current=\${words[\${#words[@]}-1]}
			unset 'words[\${#words[@]}-1]'
		fi
	else
		words=("\${COMP_WORDS[@]:0:COMP_CWORD}")
		current=\${COMP_WORDS[COMP_CWORD]}
	fi
	local program=\${words[0]:-ivs-stage-wizard}
	local IFS=$'\n'
	local candidates=($(command "$program" completion --complete -- "\${words[@]:1}" "$current" 2>/dev/null))
	local cut="" breaks=\${COMP_WORDBREAKS:-=:} index
	for ((index = \${#current} - 1; index >= 0; index--)); do
		if [[ $breaks == *"\${current:index:1}"* ]]; then
			cut=\${current:0:index+1}
			break
		fi
	done
	COMPREPLY=()
	local candidate nospace=""
	for candidate in "\${candidates[@]}"; do
		COMPREPLY+=("\${candidate#"$cut"}")
		[[ $candidate == *[=,/] ]] && nospace=1
	done
	if [[ -n $nospace ]] && type compopt >/dev/null 2>&1; then
		compopt -o nospace 2>/dev/null
	fi
	return 0
}
complete -F _ivs_stage_wizard ivs-stage-wizard
`;

const zsh = String.raw`#compdef ivs-stage-wizard
# ivs-stage-wizard completion for zsh. Install:
#   ivs-stage-wizard completion zsh > "\${fpath[1]}/_ivs-stage-wizard"
# or add to ~/.zshrc (after compinit):  source <(ivs-stage-wizard completion zsh)
_ivs_stage_wizard_candidates() {
	local program=\${words[1]:-ivs-stage-wizard}
	command "$program" completion --complete -- "\${(@)words[2,CURRENT-1]}" "\${words[CURRENT]}" 2>/dev/null
}
_ivs_stage_wizard() {
	local -a candidates spaced unspaced
	local candidate
	candidates=("\${(@f)$(_ivs_stage_wizard_candidates)}")
	for candidate in "\${candidates[@]}"; do
		[[ -z $candidate ]] && continue
		if [[ $candidate == *[=,/] ]]; then unspaced+=("$candidate"); else spaced+=("$candidate"); fi
	done
	(( \${#unspaced} )) && compadd -Q -S '' -a unspaced
	(( \${#spaced} )) && compadd -Q -a spaced
	return 0
}
if (( ! \${+functions[compdef]} )); then
	autoload -Uz compinit && compinit -u
fi
compdef _ivs_stage_wizard ivs-stage-wizard
`;

const fish = String.raw`# ivs-stage-wizard completion for fish. Install:
#   ivs-stage-wizard completion fish > ~/.config/fish/completions/ivs-stage-wizard.fish
function __ivs_stage_wizard_complete
	set -l typed (commandline -opc)
	set -l current (commandline -ct)
	command $typed[1] completion --complete -- $typed[2..-1] "$current" 2>/dev/null
end
complete -c ivs-stage-wizard -f -a '(__ivs_stage_wizard_complete)'
`;

/** Written with `\${` where the shell's `${` is meant (a template literal's own would substitute). */
function shellText(text: string): string {
	return text.replaceAll('\\${', '${');
}

export const completionScripts: Readonly<Record<CompletionShell, string>> = {bash: shellText(bash), zsh: shellText(zsh), fish: shellText(fish)};
