// botocore's ArgumentGenerator: the sample value of a shape that every --generate-cli-skeleton kind
// starts from, walked from the API model.
import {getOperation, getShape} from './service-model.js';

const epoch = new Date(0);

export type Sample = string | number | boolean | null | Date | Sample[] | {[key: string]: Sample};

/**
 * botocore's ArgumentGenerator: '' (or the member's name, for output) for strings, the first enum
 * value, 0, true, one list item, `KeyName` for map keys, the epoch for timestamps; a structure
 * already twice on the way down comes out empty.
 */
export function generate(shapeName: string, stack: string[], useMemberNames: boolean, name = ''): Sample {
	stack.push(shapeName);
	try {
		const shape = getShape(shapeName);
		switch (shape.type) {
			case 'structure': {
				const skeleton: Record<string, Sample> = {};
				if (stack.filter(entry => entry === shapeName).length > 1) {
					return skeleton;
				}

				for (const [memberName, member] of Object.entries(shape.members)) {
					skeleton[memberName] = generate(member.shape, stack, useMemberNames, memberName);
				}

				return skeleton;
			}

			case 'list': {
				return [generate(shape.member.shape, stack, useMemberNames, useMemberNames ? shape.member.shape : '')];
			}

			case 'map': {
				return {KeyName: generate(shape.value.shape, stack, useMemberNames)};
			}

			case 'string': {
				if (useMemberNames) {
					return name;
				}

				return shape.enum?.[0] ?? '';
			}

			case 'integer':
			case 'long':
			case 'float':
			case 'double': {
				return 0;
			}

			case 'boolean': {
				return true;
			}

			case 'timestamp': {
				return epoch;
			}

			default: {
				return null;
			}
		}
	} finally {
		stack.pop();
	}
}

/** An operation's input or output shape, by name (CreateStage's unless another is named). */
export function operationShape(kind: 'input' | 'output', operationName = 'CreateStage'): string | undefined {
	return getOperation(operationName)[kind]?.shape;
}

/** datetime(1970, 1, 1).isoformat(): the sample's timestamps carry no zone. */
export function naiveIsoformat(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, '');
}
