// Writes an operation's output as the service does: only the model's members, in the model's
// order, timestamps in the member's timestampFormat (IVS Real-Time's are ISO 8601). Handlers can
// therefore return their records with extra bookkeeping fields and epoch-millisecond times.
import {getOperation, getShape} from '../model/service-model.js';

export function serializeOutput(operationName: string, output: unknown): unknown {
	const shapeName = getOperation(operationName).output?.shape;
	return shapeName ? serializeShape(shapeName, output ?? {}) : {};
}

export function serializeShape(shapeName: string, value: unknown): unknown {
	if (value === undefined || value === null) {
		return undefined;
	}

	const shape = getShape(shapeName);
	switch (shape.type) {
		case 'structure': {
			const source = value as Record<string, unknown>;
			const result: Record<string, unknown> = {};
			for (const [name, member] of Object.entries(shape.members)) {
				if (member.location !== undefined) {
					continue;
				}

				const serialized = serializeShape(member.shape, source[name]);
				if (serialized !== undefined) {
					result[member.locationName ?? name] = serialized;
				}
			}

			return result;
		}

		case 'list': {
			return (value as unknown[]).map(item => serializeShape(shape.member.shape, item));
		}

		case 'map': {
			return Object.fromEntries(
				Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, serializeShape(shape.value.shape, item)]),
			);
		}

		case 'timestamp': {
			const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(String(value));
			return shape.timestampFormat === 'iso8601' ? isoSeconds(time) : Math.floor(time / 1000);
		}

		default: {
			return value;
		}
	}
}

/** `2026-11-28T11:00:00Z`: whole seconds, as the service's ISO 8601 times are. */
export function isoSeconds(time: number): string {
	return new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
