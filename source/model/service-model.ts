// Typed access to the IVS Real-Time API model (2020-07-14). The JSON beside this file is the
// service model botocore and AWS CLI v2 ship; see readme.md in this folder for where it came from.
// Every model-driven part of the project (validation, shorthand types, skeletons, member order of
// the output, the emulator's routes) reads shapes through here, so there is one source of truth.
import rawModel from './ivs-realtime-2020-07-14.json' with {type: 'json'};

type ShapeBase = {
	documentation?: string;
	min?: number;
	max?: number;
	pattern?: string;
	enum?: string[];
	error?: {httpStatusCode: number; senderFault?: boolean};
	exception?: boolean;
};

export type MemberRef = {
	shape: string;
	documentation?: string;
	location?: 'uri' | 'querystring' | 'header' | 'headers';
	locationName?: string;
	idempotencyToken?: boolean;
	deprecated?: boolean;
};

export type StructureShape = ShapeBase & {
	type: 'structure';
	members: Record<string, MemberRef>;
	required?: string[];
};
export type ListShape = ShapeBase & {type: 'list'; member: MemberRef};
export type MapShape = ShapeBase & {type: 'map'; key: MemberRef; value: MemberRef};
export type ScalarShape = ShapeBase & {
	type: 'string' | 'integer' | 'long' | 'boolean' | 'timestamp' | 'blob' | 'float' | 'double';
	timestampFormat?: string;
};
export type Shape = StructureShape | ListShape | MapShape | ScalarShape;

export type Operation = {
	name: string;
	http: {method: string; requestUri: string; responseCode?: number};
	input?: {shape: string};
	output?: {shape: string};
	errors?: Array<{shape: string}>;
	documentation?: string;
};

export type ServiceModel = {
	metadata: Record<string, unknown>;
	operations: Record<string, Operation>;
	shapes: Record<string, Shape>;
};

export const serviceModel = rawModel as unknown as ServiceModel;

export function getShape(name: string): Shape {
	const shape = serviceModel.shapes[name];
	if (!shape) {
		throw new Error(`The API model has no shape named ${name}`);
	}

	return shape;
}

export function getOperation(name: string): Operation {
	const operation = serviceModel.operations[name];
	if (!operation) {
		throw new Error(`The API model has no operation named ${name}`);
	}

	return operation;
}

export function getStructure(name: string): StructureShape {
	const shape = getShape(name);
	if (shape.type !== 'structure') {
		throw new Error(`Shape ${name} is a ${shape.type}, not a structure`);
	}

	return shape;
}

/** The model's HTML documentation as one line of plain text, as the AWS CLI prints it in skeletons. */
export function plainDocumentation(html: string | undefined): string {
	if (!html) {
		return '';
	}

	return html
		.replaceAll(/<[^>]+>/g, '')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&amp;', '&')
		.replaceAll(/\s+/g, ' ')
		.trim();
}
