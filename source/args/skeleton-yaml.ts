// --generate-cli-skeleton yaml-input, as awscli's YAMLArgumentGenerator writes it through
// ruamel.yaml: the sample as block YAML, each member commented with [REQUIRED], the first sentence
// of its documentation and its enum values, the comments placed in ruamel.yaml's columns.
import {getShape, type Shape, type StructureShape} from '../model/service-model.js';
import {generate, naiveIsoformat, operationShape, type Sample} from '../model/skeleton-sample.js';

/** A YAML node as ruamel.yaml would hold it: structures are commented maps, maps plain dicts. */
type YamlNode =
	| {kind: 'scalar'; text: string}
	| {kind: 'seq'; items: YamlNode[]}
	| {kind: 'map'; entries: YamlEntry[]};
type YamlEntry = {key: string; value: YamlNode; comment?: string; twoSpaces?: boolean};

/** The yaml-input sample with each member's first documentation sentence as a comment. */
export function renderInputSkeletonYaml(operationName = 'CreateStage'): string {
	const shapeName = operationShape('input', operationName);
	if (!shapeName) {
		return '{}\n';
	}

	const root = yamlNode(shapeName, []);
	if (root.kind === 'map' && root.entries.length === 0) {
		return '{}\n';
	}

	return emitBlock(root, 0).join('\n') + '\n';
}

function yamlNode(shapeName: string, stack: string[]): YamlNode {
	stack.push(shapeName);
	try {
		const shape = getShape(shapeName);
		switch (shape.type) {
			case 'structure': {
				if (stack.filter(entry => entry === shapeName).length > 1) {
					return {kind: 'map', entries: []};
				}

				return {kind: 'map', entries: commentedEntries(shape, stack)};
			}

			case 'list': {
				return {kind: 'seq', items: [yamlNode(shape.member.shape, stack)]};
			}

			case 'map': {
				return {kind: 'map', entries: [{key: 'KeyName', value: yamlNode(shape.value.shape, stack)}]};
			}

			case 'blob': {
				return {kind: 'scalar', text: '!!binary \'\''};
			}

			default: {
				return {kind: 'scalar', text: yamlScalar(generate(shapeName, [], false))};
			}
		}
	} finally {
		stack.pop();
	}
}

function commentedEntries(shape: StructureShape, stack: string[]): YamlEntry[] {
	const entries: YamlEntry[] = [];
	const commented = new Set<string>();
	for (const [memberName, member] of Object.entries(shape.members)) {
		const value = yamlNode(member.shape, stack);
		const components: string[] = [];
		if (shape.required?.includes(memberName)) {
			components.push('[REQUIRED]');
		}

		components.push(documentationOverview(member.documentation));
		const memberShape: Shape = getShape(member.shape);
		if (memberShape.enum) {
			components.push(`Valid values are: ${memberShape.enum.join(', ')}.`);
		}

		const comment = components.join(' ');
		const entry: YamlEntry = {key: memberName, value};
		if (comment !== '' && comment.trim() !== '') {
			entry.comment = `# ${comment}`;
			// ruamel.yaml places a new comment at the column of a neighbour's; with none to copy
			// (the first comment of a map, mostly) it writes ' #', hence the two spaces.
			entry.twoSpaces = !hasNeighbourColumn(entries, memberName, commented);
			commented.add(memberName);
		}

		entries.push(entry);
	}

	return entries;
}

/** ruamel.yaml's CommentedMap._yaml_get_column, for a key just added at the end of the map. */
function hasNeighbourColumn(before: readonly YamlEntry[], key: string, commented: ReadonlySet<string>): boolean {
	const previous = before.at(-1)?.key;
	if (previous !== undefined && commented.has(previous)) {
		return true;
	}

	// Its fallback walks the keys in order and stops at the first that sorts at or after this one.
	for (const {key: candidate} of [...before, {key}]) {
		if (candidate >= key) {
			break;
		}

		if (commented.has(candidate)) {
			return true;
		}
	}

	return false;
}

/**
 * The first sentence of a member's documentation, as awscli's get_shape_doc_overview: the text of
 * the HTML (or the HTML itself when it is not well-formed XML), cut at the first `.` or `:`.
 */
export function documentationOverview(html: string | undefined): string {
	const text = xmlText(html ?? '');
	const first = text.split(/[.:]+/)[0] ?? '';
	return (first === '' ? '' : `${first}.`).replaceAll(/[\n\u2028]/g, ' ');
}

const xmlEntities: Record<string, string> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: '\''};

/** minidom's text of `<doc>…</doc>`, or the input unchanged where minidom would refuse it. */
function xmlText(html: string): string {
	const stack: string[] = [];
	let text = '';
	const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|&(#x[\da-fA-F]+|#\d+|[A-Za-z]+);|[<&]/g;
	let last = 0;
	for (const match of html.matchAll(token)) {
		text += html.slice(last, match.index);
		last = match.index + match[0].length;
		const [whole, closing, name, , selfClosing, entity] = match;
		if (whole === '<' || whole === '&') {
			return html;
		}

		if (entity !== undefined) {
			const decoded = entity.startsWith('#x')
				? String.fromCodePoint(Number.parseInt(entity.slice(2), 16))
				: entity.startsWith('#') ? String.fromCodePoint(Number(entity.slice(1))) : xmlEntities[entity];
			if (decoded === undefined) {
				return html;
			}

			text += decoded;
		} else if (closing) {
			if (stack.pop() !== name) {
				return html;
			}
		} else if (!selfClosing) {
			stack.push(name!);
		}
	}

	return stack.length === 0 ? text + html.slice(last) : html;
}

function yamlScalar(value: Sample): string {
	if (value === null) {
		return '';
	}

	if (value instanceof Date) {
		return naiveIsoformat(value).replace('T', ' ');
	}

	if (typeof value === 'string') {
		return plainSafe(value) ? value : `'${value.replaceAll('\'', '\'\'')}'`;
	}

	return String(value);
}

const yamlSpecialWords = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|~|[-+]?(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Whether ruamel.yaml writes a string without quotes: identifier-like and not another type's word. */
function plainSafe(text: string): boolean {
	return /^[A-Za-z_][\w\-./]*$/.test(text) && !yamlSpecialWords.test(text);
}

/** ruamel.yaml's block style: two-space mappings, sequences not indented under their key. */
function emitBlock(node: YamlNode, indent: number): string[] {
	const pad = ' '.repeat(indent);
	if (node.kind === 'seq') {
		const lines: string[] = [];
		for (const item of node.items) {
			if (item.kind === 'scalar') {
				lines.push(`${pad}- ${item.text}`);
				continue;
			}

			if (isEmpty(item)) {
				lines.push(`${pad}- ${item.kind === 'map' ? '{}' : '[]'}`);
				continue;
			}

			// The item's first line goes after the dash; the rest is indented two deeper.
			const inner = emitBlock(item, indent + 2);
			lines.push(`${pad}- ${inner[0]!.slice(indent + 2)}`, ...inner.slice(1));
		}

		return lines;
	}

	if (node.kind === 'scalar') {
		return [`${pad}${node.text}`];
	}

	const lines: string[] = [];
	for (const entry of node.entries) {
		const comment = entry.comment === undefined ? '' : `${entry.twoSpaces ? '  ' : ' '}${entry.comment}`;
		const {value} = entry;
		if (value.kind === 'scalar') {
			lines.push(`${pad}${entry.key}:${value.text === '' ? '' : ` ${value.text}`}${comment}`);
		} else if (isEmpty(value)) {
			lines.push(`${pad}${entry.key}: ${value.kind === 'map' ? '{}' : '[]'}${comment}`);
		} else {
			lines.push(`${pad}${entry.key}:${comment}`, ...emitBlock(value, value.kind === 'seq' ? indent : indent + 2));
		}
	}

	return lines;
}

function isEmpty(node: YamlNode): boolean {
	return (node.kind === 'map' && node.entries.length === 0) || (node.kind === 'seq' && node.items.length === 0);
}
