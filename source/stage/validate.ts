// One validator for every way in: the non-interactive command before it sends anything, the
// wizard on every keystroke, presets on import, and the emulator when it answers as the service.
// It walks the API model, so a constraint the model states is checked exactly as stated; the few
// rules the service documents outside the model are added by shape name below. A problem is data
// (where, what value, which rule): problem-wording.ts and service-wording.ts put it into words.
import {getShape, getOperation, type Shape} from '../model/service-model.js';

export type PathSegment = string | number;

export type Rule =
	| {kind: 'type'; expected: 'string' | 'integer' | 'boolean' | 'list' | 'map' | 'structure' | 'timestamp' | 'number'}
	| {kind: 'required'}
	| {kind: 'unknown'; known: string[]}
	| {kind: 'min' | 'max'; limit: number}
	| {kind: 'minLength' | 'maxLength'; limit: number; unit: 'characters' | 'items' | 'entries'}
	| {kind: 'pattern'; pattern: string}
	| {kind: 'enum'; allowed: string[]}
	| {kind: 'attributesSize'; limit: number; size: number}
	/** The wizard's own: a batch of `count` stages needs {n} in the name (or no name). */
	| {kind: 'batchName'; count: number}
	/** The wizard's own: how many stages, out of range (0 is an emptied field). */
	| {kind: 'batchCount'; min: number; max: number};

export type Problem = {
	/** Where, from the top of the input: ['participantTokenConfigurations', 2, 'duration']. */
	path: PathSegment[];
	value: unknown;
	rule: Rule;
	/** Set when the problem is about a map key rather than its value. */
	mapKey?: boolean;
};

/** Documented by the service but not in the model: all attributes of a token, keys and values, in UTF-8. */
export const attributesByteLimit = 1024;
export const defaultTokenDurationMinutes = 720;

const extraRules: Record<string, (value: unknown, path: PathSegment[]) => Problem[]> = {
	ParticipantTokenAttributes(value, path) {
		if (!isPlainObject(value)) {
			return [];
		}

		const size = attributesSize(value);
		return size > attributesByteLimit
			? [{path, value, rule: {kind: 'attributesSize', limit: attributesByteLimit, size}}]
			: [];
	},
};

/** The UTF-8 size of a token's attributes, keys and values together, as the service counts them. */
export function attributesSize(attributes: Record<string, unknown>): number {
	let size = 0;
	for (const [key, value] of Object.entries(attributes)) {
		size += Buffer.byteLength(key, 'utf8') + Buffer.byteLength(String(value), 'utf8');
	}

	return size;
}

export type ValidateOptions = {
	/**
	 * A JSON null where a value stands is refused (as the AWS CLI refuses None for a typed
	 * parameter) rather than read as absent. On for what a user gave (options, files, presets);
	 * off where the emulator answers as the service, which reads null as absent.
	 */
	refuseNull?: boolean;
};

export function validateShape(shapeName: string, value: unknown, path: PathSegment[] = [], options: ValidateOptions = {}): Problem[] {
	if (value === undefined) {
		return [];
	}

	const shape = getShape(shapeName);
	if (value === null) {
		return options.refuseNull ? [{path, value, rule: {kind: 'type', expected: expectedType(shape)}}] : [];
	}

	const problems = validateValue(shape, value, path, options);
	const extra = extraRules[shapeName];
	if (extra && problems.length === 0) {
		problems.push(...extra(value, path));
	}

	return problems;
}

/** Validates an operation's whole input, including members the service takes from the URI. */
export function validateOperationInput(operationName: string, input: unknown, options: ValidateOptions = {}): Problem[] {
	const shapeName = getOperation(operationName).input?.shape;
	return shapeName ? validateShape(shapeName, input ?? {}, [], options) : [];
}

export function validateCreateStageRequest(request: unknown, options: ValidateOptions = {}): Problem[] {
	return validateOperationInput('CreateStage', request, options);
}

/** The type a shape's values have, as a rule names it. */
function expectedType(shape: Shape): Extract<Rule, {kind: 'type'}>['expected'] {
	switch (shape.type) {
		case 'integer':
		case 'long': {
			return 'integer';
		}

		case 'float':
		case 'double': {
			return 'number';
		}

		case 'blob': {
			return 'string';
		}

		default: {
			return shape.type;
		}
	}
}

function validateValue(shape: Shape, value: unknown, path: PathSegment[], options: ValidateOptions): Problem[] {
	switch (shape.type) {
		case 'structure': {
			if (!isPlainObject(value)) {
				return [{path, value, rule: {kind: 'type', expected: 'structure'}}];
			}

			const problems: Problem[] = [];
			const known = Object.keys(shape.members);
			for (const key of Object.keys(value)) {
				if (!(key in shape.members)) {
					problems.push({path: [...path, key], value: value[key], rule: {kind: 'unknown', known}});
				}
			}

			for (const required of shape.required ?? []) {
				if (value[required] === undefined || (value[required] === null && !options.refuseNull)) {
					problems.push({path: [...path, required], value: undefined, rule: {kind: 'required'}});
				}
			}

			for (const [name, member] of Object.entries(shape.members)) {
				problems.push(...validateShape(member.shape, value[name], [...path, name], options));
			}

			return problems;
		}

		case 'list': {
			if (!Array.isArray(value)) {
				return [{path, value, rule: {kind: 'type', expected: 'list'}}];
			}

			const problems = sizeProblems(shape, value.length, value, path, 'items');
			for (const [index, item] of value.entries()) {
				if (item === undefined || (item === null && !options.refuseNull)) {
					problems.push({path: [...path, index], value: item, rule: {kind: 'required'}});
					continue;
				}

				problems.push(...validateShape(shape.member.shape, item, [...path, index], options));
			}

			return problems;
		}

		case 'map': {
			if (!isPlainObject(value)) {
				return [{path, value, rule: {kind: 'type', expected: 'map'}}];
			}

			const entries = Object.entries(value);
			const problems = sizeProblems(shape, entries.length, value, path, 'entries');
			for (const [key, item] of entries) {
				for (const problem of validateShape(shape.key.shape, key, [...path, key], options)) {
					problems.push({...problem, mapKey: true});
				}

				if (item === undefined || (item === null && !options.refuseNull)) {
					problems.push({path: [...path, key], value: item, rule: {kind: 'required'}});
					continue;
				}

				problems.push(...validateShape(shape.value.shape, item, [...path, key], options));
			}

			return problems;
		}

		case 'string': {
			if (typeof value !== 'string') {
				return [{path, value, rule: {kind: 'type', expected: 'string'}}];
			}

			const problems = sizeProblems(shape, [...value].length, value, path, 'characters');
			if (shape.pattern !== undefined && !wholeMatch(shape.pattern, value)) {
				problems.push({path, value, rule: {kind: 'pattern', pattern: shape.pattern}});
			}

			if (shape.enum && !shape.enum.includes(value)) {
				problems.push({path, value, rule: {kind: 'enum', allowed: shape.enum}});
			}

			return problems;
		}

		case 'integer':
		case 'long': {
			if (typeof value !== 'number' || !Number.isInteger(value)) {
				return [{path, value, rule: {kind: 'type', expected: 'integer'}}];
			}

			return rangeProblems(shape, value, path);
		}

		case 'float':
		case 'double': {
			if (typeof value !== 'number' || !Number.isFinite(value)) {
				return [{path, value, rule: {kind: 'type', expected: 'number'}}];
			}

			return rangeProblems(shape, value, path);
		}

		case 'boolean': {
			return typeof value === 'boolean' ? [] : [{path, value, rule: {kind: 'type', expected: 'boolean'}}];
		}

		case 'timestamp': {
			return value instanceof Date || typeof value === 'string' || typeof value === 'number'
				? []
				: [{path, value, rule: {kind: 'type', expected: 'timestamp'}}];
		}

		default: {
			return [];
		}
	}
}

function sizeProblems(
	shape: Shape,
	size: number,
	value: unknown,
	path: PathSegment[],
	unit: 'characters' | 'items' | 'entries',
): Problem[] {
	if (shape.min !== undefined && size < shape.min) {
		return [{path, value, rule: {kind: 'minLength', limit: shape.min, unit}}];
	}

	if (shape.max !== undefined && size > shape.max) {
		return [{path, value, rule: {kind: 'maxLength', limit: shape.max, unit}}];
	}

	return [];
}

function rangeProblems(shape: Shape, value: number, path: PathSegment[]): Problem[] {
	if (shape.min !== undefined && value < shape.min) {
		return [{path, value, rule: {kind: 'min', limit: shape.min}}];
	}

	if (shape.max !== undefined && value > shape.max) {
		return [{path, value, rule: {kind: 'max', limit: shape.max}}];
	}

	return [];
}

const patternCache = new Map<string, RegExp>();

function wholeMatch(pattern: string, value: string): boolean {
	let regex = patternCache.get(pattern);
	if (!regex) {
		// The service matches the whole value (Java's String.matches), anchored or not.
		regex = new RegExp(`^(?:${pattern})$`, 'u');
		patternCache.set(pattern, regex);
	}

	return regex.test(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Problems at a path or below it: what a wizard field shows under itself. */
export function problemsAt(problems: Problem[], path: PathSegment[]): Problem[] {
	return problems.filter(problem => path.every((segment, index) => problem.path[index] === segment));
}
