// How the yaml library writes a string in a template, made safe for every reader CloudFormation
// users have. The library already quotes what its own schema would read as another type; a
// template is read by YAML 1.1 parsers (CloudFormation, PyYAML, SnakeYAML) and YAML 1.2 ones
// (cfn-lint's, yaml, js-yaml), so a string is quoted when either would read it as something else:
// `yes`, `0x1`, `0o17`, `1:20`, `2010-09-09`, `~`, and PyYAML's `<<` and `=`. And a string with a
// character that is not plain printable text (a control or format character, NEL, U+2028) is
// written double-quoted with that character as an escape: the library writes some of those raw,
// which a YAML 1.1 parser reads as a line break or refuses. Only the choice of quoting is made
// here; the library writes everything else.
import type * as Yaml from 'yaml';

const stringTagName = 'tag:yaml.org,2002:str';
const mergeTagName = 'tag:yaml.org,2002:merge';

/** Characters escaped in a double-quoted string; a line break the library writes well itself (a block scalar). */
const unsafeCharacter = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;
const unsafeOtherThanNewline = /(?!\n)[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

/** `"…"` with `\` escapes for the unsafe characters, backslash and quote; valid in YAML 1.1 and 1.2. */
export function escapedDoubleQuoted(value: string): string {
	let text = '"';
	for (const character of value) {
		const code = character.codePointAt(0)!;
		if (character === '"' || character === '\\') {
			text += `\\${character}`;
		} else if (character === '\n') {
			text += '\\n';
		} else if (character === '\t') {
			text += '\\t';
		} else if (unsafeCharacter.test(character)) {
			text += code > 0xFF_FF ? `\\U${code.toString(16).padStart(8, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
		} else {
			text += character;
		}
	}

	return `${text}"`;
}

/**
 * The `customTags` option for a Document: the library's string tag, with the quoting above. The
 * tests of both schemas come from the library itself, so they are its own idea of each.
 */
export function safeStringTags(yaml: typeof Yaml): (tags: Yaml.Tags) => Yaml.Tags {
	const otherTypes = ['core', 'yaml-1.1']
		.flatMap(schema => new yaml.Schema({schema}).tags)
		.filter(tag => tag.tag !== stringTagName)
		.flatMap(tag => ('test' in tag && tag.test instanceof RegExp ? [tag.test] : []));
	const readsAsAnotherType = (value: string) => value === '<<' || value === '=' || otherTypes.some(test => test.test(value));
	const safeString = (base: Yaml.ScalarTag): Yaml.ScalarTag => ({
		...base,
		stringify(item, context, onComment, onChompKeep) {
			const value = String(item.value);
			if (unsafeOtherThanNewline.test(value)) {
				return escapedDoubleQuoted(value);
			}

			if (readsAsAnotherType(value)) {
				// The node belongs to the document being written for this one template.
				item.type = 'QUOTE_DOUBLE';
			}

			return base.stringify!(item, context, onComment, onChompKeep);
		},
	});
	return tags =>
		tags
			// A template has no merge keys; the YAML 1.1 schema's merge tag would write the string `<<` bare.
			.filter(tag => typeof tag !== 'object' || tag.tag !== mergeTagName)
			.map(tag => (typeof tag === 'object' && tag.tag === stringTagName && !tag.collection && tag.stringify ? safeString(tag) : tag));
}
