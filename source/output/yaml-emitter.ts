// A YAML emitter that writes what AWS CLI v2 writes: v2 dumps with ruamel.yaml's C emitter, which
// is libyaml's emitter.c. This follows emitter.c's rules (read, not copied) for the block style the
// CLI asks for: when a scalar may be plain, single-quoted or must be double-quoted; the escapes; the
// folding of long scalars at column 80; indentless sequences under mapping keys; `[]`/`{}` for empty
// collections; `? ` keys when a key is multi-line or longer than 128 bytes; anchors and aliases.
// Columns count code points, as libyaml does.
import {assignAnchors, type ScalarNode, type YamlNode} from './yaml-nodes.js';

const bestIndent = 2;
const bestWidth = 80;

type ScalarStyle = 'plain' | 'single' | 'double';

type ScalarAnalysis = {
	/** UTF-8 length, which the simple-key limit counts. */
	length: number;
	multiline: boolean;
	flowPlainAllowed: boolean;
	blockPlainAllowed: boolean;
	singleQuotedAllowed: boolean;
};

function isBreak(character: string | undefined): boolean {
	return character === '\r' || character === '\n' || character === '\u0085' || character === '\u2028' || character === '\u2029';
}

function isBlank(character: string | undefined): boolean {
	return character === ' ' || character === '\t';
}

/** Blank, break, NUL, or the end of the text (libyaml reads the terminating NUL there). */
function isBlankOrEnd(character: string | undefined): boolean {
	return character === undefined || character === '\0' || isBlank(character) || isBreak(character);
}

/** libyaml's IS_PRINTABLE, decoded from its UTF-8 byte tests: astral characters are not "printable". */
function isPrintable(codePoint: number): boolean {
	return codePoint === 0x0a
		|| (codePoint >= 0x20 && codePoint <= 0x7e)
		|| (codePoint >= 0xa0 && codePoint <= 0xd7ff)
		|| (codePoint >= 0xe000 && codePoint <= 0xfffd && codePoint !== 0xfeff);
}

function utf8Length(text: string): number {
	return Buffer.byteLength(text, 'utf8');
}

const startIndicators = new Set(['#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`']);
const flowIndicators = new Set([',', '?', '[', ']', '{', '}']);

/** yaml_emitter_analyze_scalar: which styles can carry this text. */
function analyzeScalar(value: string): ScalarAnalysis {
	const characters = [...value];
	const length = utf8Length(value);
	if (characters.length === 0) {
		return {length, multiline: false, flowPlainAllowed: false, blockPlainAllowed: true, singleQuotedAllowed: true};
	}

	let blockIndicators = false;
	let flowIndicatorsFound = false;
	let lineBreaks = false;
	let specialCharacters = false;
	let leadingSpace = false;
	let leadingBreak = false;
	let trailingSpace = false;
	let trailingBreak = false;
	let breakSpace = false;
	let spaceBreak = false;
	let previousSpace = false;
	let previousBreak = false;

	if (value.startsWith('---') || value.startsWith('...')) {
		blockIndicators = true;
		flowIndicatorsFound = true;
	}

	let precededByWhitespace = true;
	let followedByWhitespace = isBlankOrEnd(characters[1]);
	for (let index = 0; index < characters.length; index++) {
		const character = characters[index]!;
		if (index === 0) {
			if (startIndicators.has(character)) {
				flowIndicatorsFound = true;
				blockIndicators = true;
			}

			if (character === '?' || character === ':') {
				flowIndicatorsFound = true;
				if (followedByWhitespace) {
					blockIndicators = true;
				}
			}

			if (character === '-' && followedByWhitespace) {
				flowIndicatorsFound = true;
				blockIndicators = true;
			}
		} else {
			if (flowIndicators.has(character)) {
				flowIndicatorsFound = true;
			}

			if (character === ':') {
				flowIndicatorsFound = true;
				if (followedByWhitespace) {
					blockIndicators = true;
				}
			}

			if (character === '#' && precededByWhitespace) {
				flowIndicatorsFound = true;
				blockIndicators = true;
			}
		}

		if (!isPrintable(character.codePointAt(0)!)) {
			specialCharacters = true;
		}

		if (isBreak(character)) {
			lineBreaks = true;
		}

		const last = index === characters.length - 1;
		if (character === ' ') {
			leadingSpace ||= index === 0;
			trailingSpace ||= last;
			breakSpace ||= previousBreak;
			previousSpace = true;
			previousBreak = false;
		} else if (isBreak(character)) {
			leadingBreak ||= index === 0;
			trailingBreak ||= last;
			spaceBreak ||= previousSpace;
			previousSpace = false;
			previousBreak = true;
		} else {
			previousSpace = false;
			previousBreak = false;
		}

		precededByWhitespace = isBlankOrEnd(character);
		if (!last) {
			followedByWhitespace = isBlankOrEnd(characters[index + 2]);
		}
	}

	const analysis: ScalarAnalysis = {length, multiline: lineBreaks, flowPlainAllowed: true, blockPlainAllowed: true, singleQuotedAllowed: true};
	if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
		analysis.flowPlainAllowed = false;
		analysis.blockPlainAllowed = false;
	}

	if (breakSpace || spaceBreak || specialCharacters) {
		analysis.flowPlainAllowed = false;
		analysis.blockPlainAllowed = false;
		analysis.singleQuotedAllowed = false;
	}

	if (lineBreaks) {
		analysis.flowPlainAllowed = false;
		analysis.blockPlainAllowed = false;
	}

	if (flowIndicatorsFound) {
		analysis.flowPlainAllowed = false;
	}

	if (blockIndicators) {
		analysis.blockPlainAllowed = false;
	}

	return analysis;
}

const namedEscapes = new Map<number, string>([
	[0x00, '0'],
	[0x07, 'a'],
	[0x08, 'b'],
	[0x09, 't'],
	[0x0a, 'n'],
	[0x0b, 'v'],
	[0x0c, 'f'],
	[0x0d, 'r'],
	[0x1b, 'e'],
	[0x22, '"'],
	[0x5c, '\\'],
	[0x85, 'N'],
	[0xa0, '_'],
	[0x2028, 'L'],
	[0x2029, 'P'],
]);

function escapeFor(codePoint: number): string {
	const named = namedEscapes.get(codePoint);
	if (named) {
		return named;
	}

	const hex = codePoint.toString(16).toUpperCase();
	if (codePoint <= 0xff) {
		return `x${hex.padStart(2, '0')}`;
	}

	return codePoint <= 0xffff ? `u${hex.padStart(4, '0')}` : `U${hex.padStart(8, '0')}`;
}

class Emitter {
	private output = '';
	private column = 0;
	private whitespace = true;
	private indention = true;
	private indent = -1;
	private readonly indents: number[] = [];
	private flowLevel = 0;
	private mappingContext = false;
	private simpleKeyContext = false;
	private readonly written = new Set<YamlNode>();

	constructor(private readonly anchors: Map<YamlNode, string>) {}

	document(root: YamlNode): string {
		// Implicit document start and end (no --- or ...), then the final line break.
		this.emitNode(root, false, false);
		this.writeIndent();
		return this.output;
	}

	private put(text: string): void {
		this.output += text;
		this.column++;
	}

	private putBreak(): void {
		this.output += '\n';
		this.column = 0;
	}

	/** WRITE_BREAK: a \n becomes the line break; other breaks (NEL, LS, PS, CR) are written as they are. */
	private writeBreak(character: string): void {
		if (character === '\n') {
			this.putBreak();
		} else {
			this.output += character;
			this.column = 0;
		}
	}

	private increaseIndent(flow: boolean, indentless: boolean): void {
		this.indents.push(this.indent);
		if (this.indent < 0) {
			this.indent = flow ? bestIndent : 0;
		} else if (!indentless) {
			this.indent += bestIndent;
		}
	}

	private popIndent(): void {
		this.indent = this.indents.pop() ?? -1;
	}

	private writeIndent(): void {
		const indent = Math.max(this.indent, 0);
		if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
			this.putBreak();
		}

		while (this.column < indent) {
			this.put(' ');
		}

		this.whitespace = true;
		this.indention = true;
	}

	private writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
		if (needWhitespace && !this.whitespace) {
			this.put(' ');
		}

		for (const character of indicator) {
			this.put(character);
		}

		this.whitespace = isWhitespace;
		this.indention = this.indention && isIndention;
	}

	private processAnchor(node: YamlNode, alias: boolean): void {
		const anchor = this.anchors.get(node);
		if (!anchor) {
			return;
		}

		this.writeIndicator(alias ? '*' : '&', true, false, false);
		for (const character of anchor) {
			this.put(character);
		}

		this.whitespace = false;
		this.indention = false;
	}

	/** yaml_emitter_check_simple_key: one line, at most 128 bytes with its anchor; collections only when empty. */
	private isSimpleKey(node: YamlNode): boolean {
		const anchorLength = this.anchors.get(node)?.length ?? 0;
		if (this.written.has(node)) {
			// An alias.
			return anchorLength <= 128;
		}

		switch (node.kind) {
			case 'scalar': {
				const analysis = analyzeScalar(node.value);
				return !analysis.multiline && anchorLength + analysis.length <= 128;
			}

			case 'sequence': {
				return node.items.length === 0 && anchorLength <= 128;
			}

			case 'mapping': {
				return node.pairs.length === 0 && anchorLength <= 128;
			}
		}
	}

	private emitNode(node: YamlNode, mapping: boolean, simpleKey: boolean): void {
		this.mappingContext = mapping;
		this.simpleKeyContext = simpleKey;
		if (this.written.has(node)) {
			this.processAnchor(node, true);
			if (this.simpleKeyContext) {
				this.put(' ');
			}

			return;
		}

		this.written.add(node);
		switch (node.kind) {
			case 'scalar': {
				this.emitScalar(node);
				break;
			}

			case 'sequence': {
				this.processAnchor(node, false);
				if (this.flowLevel > 0 || node.items.length === 0) {
					this.emitFlowSequence(node.items);
				} else {
					this.emitBlockSequence(node.items);
				}

				break;
			}

			case 'mapping': {
				this.processAnchor(node, false);
				if (this.flowLevel > 0 || node.pairs.length === 0) {
					this.emitFlowMapping(node.pairs);
				} else {
					this.emitBlockMapping(node.pairs);
				}

				break;
			}
		}
	}

	private emitFlowSequence(items: YamlNode[]): void {
		this.writeIndicator('[', true, true, false);
		this.increaseIndent(true, false);
		this.flowLevel++;
		for (const [index, item] of items.entries()) {
			if (index > 0) {
				this.writeIndicator(',', false, false, false);
			}

			if (this.column > bestWidth) {
				this.writeIndent();
			}

			this.emitNode(item, false, false);
		}

		this.flowLevel--;
		this.popIndent();
		this.writeIndicator(']', false, false, false);
	}

	private emitFlowMapping(pairs: Array<[YamlNode, YamlNode]>): void {
		this.writeIndicator('{', true, true, false);
		this.increaseIndent(true, false);
		this.flowLevel++;
		for (const [index, [key, value]] of pairs.entries()) {
			if (index > 0) {
				this.writeIndicator(',', false, false, false);
			}

			if (this.column > bestWidth) {
				this.writeIndent();
			}

			if (this.isSimpleKey(key)) {
				this.emitNode(key, true, true);
				this.writeIndicator(':', false, false, false);
			} else {
				this.writeIndicator('?', true, false, false);
				this.emitNode(key, true, false);
				if (this.column > bestWidth) {
					this.writeIndent();
				}

				this.writeIndicator(':', true, false, false);
			}

			this.emitNode(value, true, false);
		}

		this.flowLevel--;
		this.popIndent();
		this.writeIndicator('}', false, false, false);
	}

	private emitBlockSequence(items: YamlNode[]): void {
		// Under a mapping key the dashes stay at the key's column ("indentless" sequence).
		this.increaseIndent(false, this.mappingContext && !this.indention);
		for (const item of items) {
			this.writeIndent();
			this.writeIndicator('-', true, false, true);
			this.emitNode(item, false, false);
		}

		this.popIndent();
	}

	private emitBlockMapping(pairs: Array<[YamlNode, YamlNode]>): void {
		this.increaseIndent(false, false);
		for (const [key, value] of pairs) {
			this.writeIndent();
			if (this.isSimpleKey(key)) {
				this.emitNode(key, true, true);
				this.writeIndicator(':', false, false, false);
			} else {
				this.writeIndicator('?', true, false, true);
				this.emitNode(key, true, false);
				this.writeIndent();
				this.writeIndicator(':', true, false, true);
			}

			this.emitNode(value, true, false);
		}

		this.popIndent();
	}

	private selectStyle(node: ScalarNode, analysis: ScalarAnalysis): ScalarStyle {
		let style: ScalarStyle = 'plain';
		if (this.simpleKeyContext && analysis.multiline) {
			style = 'double';
		}

		if (style === 'plain') {
			if ((this.flowLevel > 0 && !analysis.flowPlainAllowed) || (this.flowLevel === 0 && !analysis.blockPlainAllowed)) {
				style = 'single';
			}

			if (analysis.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext)) {
				style = 'single';
			}

			if (!node.plainImplicit) {
				style = 'single';
			}
		}

		if (style === 'single' && !analysis.singleQuotedAllowed) {
			style = 'double';
		}

		return style;
	}

	private emitScalar(node: ScalarNode): void {
		const analysis = analyzeScalar(node.value);
		const style = this.selectStyle(node, analysis);
		this.processAnchor(node, false);
		if (!node.quotedImplicit && style !== 'plain') {
			// A non-string that cannot be written plain needs the non-specific tag to keep its type.
			if (!this.whitespace) {
				this.put(' ');
			}

			this.put('!');
			this.whitespace = false;
			this.indention = false;
		}

		this.increaseIndent(true, false);
		const characters = [...node.value];
		const allowBreaks = !this.simpleKeyContext;
		if (style === 'plain') {
			this.writePlain(characters, analysis.length, allowBreaks);
		} else if (style === 'single') {
			this.writeSingleQuoted(characters, allowBreaks);
		} else {
			this.writeDoubleQuoted(characters, allowBreaks);
		}

		this.popIndent();
	}

	private writePlain(characters: string[], length: number, allowBreaks: boolean): void {
		if (!this.whitespace && (length > 0 || this.flowLevel > 0)) {
			this.put(' ');
		}

		let spaces = false;
		let breaks = false;
		for (let index = 0; index < characters.length; index++) {
			const character = characters[index]!;
			if (character === ' ') {
				if (allowBreaks && !spaces && this.column > bestWidth && characters[index + 1] !== ' ') {
					this.writeIndent();
				} else {
					this.put(character);
				}

				spaces = true;
			} else if (isBreak(character)) {
				if (!breaks && character === '\n') {
					this.putBreak();
				}

				this.writeBreak(character);
				this.indention = true;
				breaks = true;
			} else {
				if (breaks) {
					this.writeIndent();
				}

				this.put(character);
				this.indention = false;
				spaces = false;
				breaks = false;
			}
		}

		this.whitespace = false;
		this.indention = false;
	}

	private writeSingleQuoted(characters: string[], allowBreaks: boolean): void {
		this.writeIndicator('\'', true, false, false);
		let spaces = false;
		let breaks = false;
		const last = characters.length - 1;
		for (let index = 0; index < characters.length; index++) {
			const character = characters[index]!;
			if (character === ' ') {
				if (allowBreaks && !spaces && this.column > bestWidth && index !== 0 && index !== last && characters[index + 1] !== ' ') {
					this.writeIndent();
				} else {
					this.put(character);
				}

				spaces = true;
			} else if (isBreak(character)) {
				if (!breaks && character === '\n') {
					this.putBreak();
				}

				this.writeBreak(character);
				this.indention = true;
				breaks = true;
			} else {
				if (breaks) {
					this.writeIndent();
				}

				if (character === '\'') {
					this.put('\'');
				}

				this.put(character);
				this.indention = false;
				spaces = false;
				breaks = false;
			}
		}

		if (breaks) {
			this.writeIndent();
		}

		this.writeIndicator('\'', false, false, false);
		this.whitespace = false;
		this.indention = false;
	}

	private writeDoubleQuoted(characters: string[], allowBreaks: boolean): void {
		this.writeIndicator('"', true, false, false);
		let spaces = false;
		const last = characters.length - 1;
		for (let index = 0; index < characters.length; index++) {
			const character = characters[index]!;
			const codePoint = character.codePointAt(0)!;
			if (!isPrintable(codePoint) || isBreak(character) || character === '"' || character === '\\') {
				this.put('\\');
				for (const escaped of escapeFor(codePoint)) {
					this.put(escaped);
				}

				spaces = false;
			} else if (character === ' ') {
				if (allowBreaks && !spaces && this.column > bestWidth && index !== 0 && index !== last) {
					this.writeIndent();
					if (characters[index + 1] === ' ') {
						this.put('\\');
					}
				} else {
					this.put(character);
				}

				spaces = true;
			} else {
				this.put(character);
				spaces = false;
			}
		}

		this.writeIndicator('"', false, false, false);
		this.whitespace = false;
		this.indention = false;
	}
}

/** One YAML document of the node graph, block style, as ruamel.yaml's C emitter writes it. */
export function emitYamlDocument(root: YamlNode): string {
	return new Emitter(assignAnchors(root)).document(root);
}
