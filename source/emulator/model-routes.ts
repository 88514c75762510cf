// Routing and input binding driven by the API model: each operation's http.method and requestUri
// (with {labels}) make its route, and each input member's location (uri, querystring, header, or
// the JSON body) says where its value comes from. Nothing here knows a particular operation.
import {getOperation, getShape, getStructure, type MemberRef, type Operation} from '../model/service-model.js';
import {validationError} from './api-error.js';
import {jsonTextNestsTooDeeply, nestingMessage} from '../basics/nesting.js';

type Segment = {literal: string} | {label: string; greedy: boolean};

export type Route = {name: string; operation: Operation; method: string; segments: Segment[]};

export type RouteMatch = {route: Route; labels: Record<string, string>};

export function buildRoutes(operationNames: Iterable<string>): Route[] {
	const routes: Route[] = [];
	for (const name of operationNames) {
		const operation = getOperation(name);
		const [path = '/'] = operation.http.requestUri.split('?');
		const segments = path
			.split('/')
			.filter(Boolean)
			.map((part): Segment => {
				const label = /^\{([^}]+?)(\+)?\}$/.exec(part);
				return label ? {label: label[1] ?? '', greedy: label[2] === '+'} : {literal: part};
			});
		routes.push({name, operation, method: operation.http.method.toUpperCase(), segments});
	}

	return routes;
}

/** Finds the route for a request's method and raw (still percent-encoded) path. */
export function matchRoute(routes: Route[], method: string, rawPath: string): RouteMatch | undefined {
	const parts = rawPath.split('/').filter(Boolean);
	for (const route of routes) {
		if (route.method !== method.toUpperCase()) {
			continue;
		}

		const labels = matchSegments(route.segments, parts);
		if (labels) {
			return {route, labels};
		}
	}

	return undefined;
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | undefined {
	const labels: Record<string, string> = {};
	for (const [index, segment] of segments.entries()) {
		if ('literal' in segment) {
			if (parts[index] !== segment.literal) {
				return undefined;
			}

			continue;
		}

		if (segment.greedy) {
			const rest = parts.slice(index);
			if (rest.length === 0) {
				return undefined;
			}

			labels[segment.label] = rest.map(part => safeDecode(part)).join('/');
			return labels;
		}

		const part = parts[index];
		if (part === undefined) {
			return undefined;
		}

		labels[segment.label] = safeDecode(part);
	}

	return parts.length === segments.length ? labels : undefined;
}

function safeDecode(part: string): string {
	try {
		return decodeURIComponent(part);
	} catch {
		return part;
	}
}

export type RawRequest = {
	labels: Record<string, string>;
	query: URLSearchParams;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
};

/**
 * Assembles an operation's input from the request, as the model places each member. Values that
 * arrive as text (URI labels, query strings, headers) are converted to the member's type where
 * they can be; what cannot be converted is left as text for the validator to refuse.
 */
export function readInput(operationName: string, request: RawRequest): Record<string, unknown> {
	const inputShapeName = getOperation(operationName).input?.shape;
	if (!inputShapeName) {
		return {};
	}

	const shape = getStructure(inputShapeName);
	const hasBodyMembers = Object.values(shape.members).some(member => member.location === undefined);
	const input: Record<string, unknown> = hasBodyMembers ? parseBody(request.body) : {};
	for (const [name, member] of Object.entries(shape.members)) {
		const value = locatedValue(member, name, request);
		if (value !== undefined) {
			input[name] = value;
		}
	}

	return input;
}

function parseBody(body: Buffer): Record<string, unknown> {
	const text = body.toString('utf8').trim();
	if (text === '') {
		return {};
	}

	if (jsonTextNestsTooDeeply(text)) {
		throw validationError(`The request body is ${nestingMessage}`);
	}

	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw validationError('Could not parse the request body as JSON');
	}

	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw validationError('The request body must be a JSON object');
	}

	return parsed as Record<string, unknown>;
}

function locatedValue(member: MemberRef, name: string, request: RawRequest): unknown {
	const wireName = member.locationName ?? name;
	switch (member.location) {
		case 'uri': {
			const text = request.labels[wireName];
			return text === undefined ? undefined : fromText(member.shape, text);
		}

		case 'querystring': {
			const values = request.query.getAll(wireName);
			if (values.length === 0) {
				return undefined;
			}

			const shape = getShape(member.shape);
			return shape.type === 'list'
				? values.map(value => fromText(shape.member.shape, value))
				: fromText(member.shape, values[0] ?? '');
		}

		case 'header': {
			const header = request.headers[wireName.toLowerCase()];
			const text = Array.isArray(header) ? header.join(',') : header;
			return text === undefined ? undefined : fromText(member.shape, text);
		}

		default: {
			return undefined;
		}
	}
}

function fromText(shapeName: string, text: string): unknown {
	const shape = getShape(shapeName);
	switch (shape.type) {
		case 'integer':
		case 'long': {
			return /^-?\d+$/.test(text) ? Number(text) : text;
		}

		case 'float':
		case 'double': {
			const number = Number(text);
			return text.trim() !== '' && Number.isFinite(number) ? number : text;
		}

		case 'boolean': {
			return text === 'true' ? true : text === 'false' ? false : text;
		}

		default: {
			return text;
		}
	}
}
