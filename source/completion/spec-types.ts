// What completion knows of the command line, as data: every command, its subcommands, and each
// option with the kind of value it takes. build-spec.ts makes it from the option tables the
// parsers use; spec.generated.ts keeps a copy so a Tab never loads those tables (and the API model
// behind them).

/**
 * flag: no value. text: anything (nothing to offer). choices: one of `choices`. file: a path.
 * file-url: a value or `file://PATH`. tokens: participant-token shorthand (`userId=…,capabilities=…`)
 * or `file://`. region, profile, preset: names the machine knows. arn: a stage's ARN, from the stages
 * this tool created lately (../recent-stages/); not for other ARNs (a storage configuration's).
 */
export type ValueKind = 'flag' | 'text' | 'choices' | 'file' | 'file-url' | 'tokens' | 'region' | 'profile' | 'preset' | 'arn';

export type OptionCompletion = {kind: ValueKind; choices?: readonly string[]; /** Takes every word up to the next option. */ list?: boolean};

/** What a word that is no option may be: a preset's name, a file, a stage's ARN, or nothing to offer. */
export type OperandKind = 'preset' | 'file' | 'arn' | 'none';

export type CommandCompletion = {
	options: Readonly<Record<string, OptionCompletion>>;
	subcommands?: Readonly<Record<string, CommandCompletion>>;
	operands?: OperandKind;
	/** Words after `--` are another program's (run): nothing is offered there. */
	stopsAtSeparator?: boolean;
};

export type CompletionSpec = {
	/** The default command, create-stage: the words when the first one names no command. */
	defaultCommand: CommandCompletion;
	commands: Readonly<Record<string, CommandCompletion>>;
};
