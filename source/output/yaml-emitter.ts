// A YAML emitter that writes what AWS CLI v2 writes: v2 dumps with ruamel.yaml's C emitter, which
// is libyaml's emitter.c. This follows emitter.c's rules (read, not copied) for the block style the
// CLI asks for: when a scalar may be plain, single-quoted or must be double-quoted; the escapes; the
// folding of long scalars at column 80; indentless sequences under mapping keys; `[]`/`{}` for empty
// collections; `? ` keys when a key is multi-line or longer than 128 bytes; anchors and aliases.
// This file walks the node graph and picks each node's form; yaml-scalar-analysis.ts says which
// styles a scalar's text allows, and yaml-writer.ts puts the characters down (columns, indents,
// quoting, escapes, folding).
import {assignAnchors, type ScalarNode, type YamlNode} from './yaml-nodes.js';
import {analyzeScalar, isPrintable, isPrintableOnTerminal, type Printable, type ScalarAnalysis} from './yaml-scalar-analysis.js';
import {bestWidth, YamlWriter} from './yaml-writer.js';

type ScalarStyle = 'plain' | 'single' | 'double';

class Emitter {
	private flowLevel = 0;
	private mappingContext = false;
	private simpleKeyContext = false;
	private readonly written = new Set<YamlNode>();
	private readonly writer: YamlWriter;

	constructor(
		private readonly anchors: Map<YamlNode, string>,
		private readonly printable: Printable,
	) {
		this.writer = new YamlWriter(printable);
	}

	document(root: YamlNode): string {
		// Implicit document start and end (no --- or ...), then the final line break.
		this.emitNode(root, false, false);
		this.writer.writeIndent();
		return this.writer.text;
	}

	private processAnchor(node: YamlNode, alias: boolean): void {
		const anchor = this.anchors.get(node);
		if (!anchor) {
			return;
		}

		this.writer.writeAnchor(alias ? '*' : '&', anchor);
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
				const analysis = analyzeScalar(node.value, this.printable);
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
				this.writer.put(' ');
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
		this.writer.writeIndicator('[', true, true, false);
		this.writer.increaseIndent(true, false);
		this.flowLevel++;
		for (const [index, item] of items.entries()) {
			if (index > 0) {
				this.writer.writeIndicator(',', false, false, false);
			}

			if (this.writer.column > bestWidth) {
				this.writer.writeIndent();
			}

			this.emitNode(item, false, false);
		}

		this.flowLevel--;
		this.writer.popIndent();
		this.writer.writeIndicator(']', false, false, false);
	}

	private emitFlowMapping(pairs: Array<[YamlNode, YamlNode]>): void {
		this.writer.writeIndicator('{', true, true, false);
		this.writer.increaseIndent(true, false);
		this.flowLevel++;
		for (const [index, [key, value]] of pairs.entries()) {
			if (index > 0) {
				this.writer.writeIndicator(',', false, false, false);
			}

			if (this.writer.column > bestWidth) {
				this.writer.writeIndent();
			}

			if (this.isSimpleKey(key)) {
				this.emitNode(key, true, true);
				this.writer.writeIndicator(':', false, false, false);
			} else {
				this.writer.writeIndicator('?', true, false, false);
				this.emitNode(key, true, false);
				if (this.writer.column > bestWidth) {
					this.writer.writeIndent();
				}

				this.writer.writeIndicator(':', true, false, false);
			}

			this.emitNode(value, true, false);
		}

		this.flowLevel--;
		this.writer.popIndent();
		this.writer.writeIndicator('}', false, false, false);
	}

	private emitBlockSequence(items: YamlNode[]): void {
		// Under a mapping key the dashes stay at the key's column ("indentless" sequence).
		this.writer.increaseIndent(false, this.mappingContext && !this.writer.indention);
		for (const item of items) {
			this.writer.writeIndent();
			this.writer.writeIndicator('-', true, false, true);
			this.emitNode(item, false, false);
		}

		this.writer.popIndent();
	}

	private emitBlockMapping(pairs: Array<[YamlNode, YamlNode]>): void {
		this.writer.increaseIndent(false, false);
		for (const [key, value] of pairs) {
			this.writer.writeIndent();
			if (this.isSimpleKey(key)) {
				this.emitNode(key, true, true);
				this.writer.writeIndicator(':', false, false, false);
			} else {
				this.writer.writeIndicator('?', true, false, true);
				this.emitNode(key, true, false);
				this.writer.writeIndent();
				this.writer.writeIndicator(':', true, false, true);
			}

			this.emitNode(value, true, false);
		}

		this.writer.popIndent();
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
		const analysis = analyzeScalar(node.value, this.printable);
		const style = this.selectStyle(node, analysis);
		this.processAnchor(node, false);
		if (!node.quotedImplicit && style !== 'plain') {
			this.writer.writeNonSpecificTag();
		}

		this.writer.increaseIndent(true, false);
		const characters = [...node.value];
		const allowBreaks = !this.simpleKeyContext;
		if (style === 'plain') {
			this.writer.writePlain(characters, analysis.length, allowBreaks, this.flowLevel > 0);
		} else if (style === 'single') {
			this.writer.writeSingleQuoted(characters, allowBreaks);
		} else {
			this.writer.writeDoubleQuoted(characters, allowBreaks);
		}

		this.writer.popIndent();
	}
}

/** One YAML document of the node graph, block style, as ruamel.yaml's C emitter writes it (on a terminal, invisible characters escaped). */
export function emitYamlDocument(root: YamlNode, options: {terminal?: boolean | undefined} = {}): string {
	return new Emitter(assignAnchors(root), options.terminal ? isPrintableOnTerminal : isPrintable).document(root);
}
