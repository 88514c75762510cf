// Plain data as the node graph ruamel.yaml's SafeRepresenter builds (sorted mapping keys, the
// scalars' texts and implicit flags) and the anchors its serializer gives to nodes met twice (the
// same list or dict reached twice, as a query such as `[a, a]` returns).
import {pythonFloatRepr, pythonNumber, sortedKeys} from './python-text.js';
import {resolvePlainTag} from './yaml-resolver.js';

export type ScalarNode = {
	kind: 'scalar';
	value: string;
	/** The text read back plain gives the node's own tag (else it must be quoted). */
	plainImplicit: boolean;
	/** The text read back quoted gives the node's tag (true for strings only). */
	quotedImplicit: boolean;
};
export type SequenceNode = {kind: 'sequence'; items: YamlNode[]};
export type MappingNode = {kind: 'mapping'; pairs: Array<[YamlNode, YamlNode]>};
export type YamlNode = ScalarNode | SequenceNode | MappingNode;

function scalar(tag: string, value: string): ScalarNode {
	return {kind: 'scalar', value, plainImplicit: resolvePlainTag(value) === tag, quotedImplicit: tag === 'str'};
}

function representFloat(value: number): ScalarNode {
	if (Number.isNaN(value)) {
		return scalar('float', '.nan');
	}

	if (!Number.isFinite(value)) {
		return scalar('float', value > 0 ? '.inf' : '-.inf');
	}

	return scalar('float', pythonFloatRepr(value).toLowerCase());
}

/** SafeRepresenter.represent_data: lists and dicts reached twice give the same node. */
export function represent(data: unknown, seen = new Map<object, YamlNode>()): YamlNode {
	if (data === null || data === undefined) {
		return scalar('null', 'null');
	}

	if (typeof data === 'boolean') {
		return scalar('bool', data ? 'true' : 'false');
	}

	if (typeof data === 'number') {
		return Number.isInteger(data) ? scalar('int', pythonNumber(data)) : representFloat(data);
	}

	if (typeof data === 'string') {
		return scalar('str', data);
	}

	if (typeof data !== 'object') {
		return scalar('str', String(data));
	}

	const known = seen.get(data);
	if (known) {
		return known;
	}

	if (Array.isArray(data)) {
		const node: SequenceNode = {kind: 'sequence', items: []};
		seen.set(data, node);
		for (const item of data) {
			node.items.push(represent(item, seen));
		}

		return node;
	}

	const record = data as Record<string, unknown>;
	const node: MappingNode = {kind: 'mapping', pairs: []};
	seen.set(data, node);
	for (const key of sortedKeys(record)) {
		node.pairs.push([represent(key, seen), represent(record[key], seen)]);
	}

	return node;
}

/** The serializer's anchors: "id001", "id002", … in the order nodes are first met a second time. */
export function assignAnchors(root: YamlNode): Map<YamlNode, string> {
	const visited = new Set<YamlNode>();
	const anchors = new Map<YamlNode, string>();
	const visit = (node: YamlNode): void => {
		if (visited.has(node)) {
			if (!anchors.has(node)) {
				anchors.set(node, `id${String(anchors.size + 1).padStart(3, '0')}`);
			}

			return;
		}

		visited.add(node);
		if (node.kind === 'sequence') {
			for (const item of node.items) {
				visit(item);
			}
		} else if (node.kind === 'mapping') {
			for (const [key, value] of node.pairs) {
				visit(key);
				visit(value);
			}
		}
	};

	visit(root);
	return anchors;
}
