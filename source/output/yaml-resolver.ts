// Which strings a YAML reader would take for something else, so that the emitter must quote them:
// the implicit resolvers of ruamel.yaml's Resolver (the YAML 1.2 rules; AWS CLI v2's YAML(typ='safe')
// dumps through it), keyed by first character as ruamel looks them up. Python's `$` also matches
// before a final newline, hence `\n?$`.

type ImplicitResolver = {tag: string; pattern: RegExp; first: string};

const resolvers: ImplicitResolver[] = [
	{tag: 'bool', pattern: /^(?:true|True|TRUE|false|False|FALSE)\n?$/, first: 'tTfF'},
	{
		tag: 'float',
		pattern: /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\n?$/,
		first: '-+0123456789.',
	},
	{tag: 'int', pattern: /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)\n?$/, first: '-+0123456789'},
	{tag: 'merge', pattern: /^(?:<<)\n?$/, first: '<'},
	{tag: 'null', pattern: /^(?:~|null|Null|NULL|)\n?$/, first: '~nN'},
	{
		tag: 'timestamp',
		pattern: /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)\n?$/,
		first: '0123456789',
	},
	{tag: 'value', pattern: /^(?:=)\n?$/, first: '='},
	{tag: 'yaml', pattern: /^(?:!|&|\*)\n?$/, first: '!&*'},
];

/** The tag a plain scalar with this text would resolve to ('str' when no implicit resolver claims it). */
export function resolvePlainTag(value: string): string {
	if (value === '') {
		// ruamel registers the null resolver for the empty string too.
		return 'null';
	}

	const first = value[0]!;
	for (const resolver of resolvers) {
		if (resolver.first.includes(first) && resolver.pattern.test(value)) {
			return resolver.tag;
		}
	}

	return 'str';
}
