// The API model's EventErrorCode values: what a PUBLISH_ERROR (or another error event) the
// emulator records may carry. Read from the model, so the emulator and the service agree.
import {getShape} from '../model/service-model.js';

export const eventErrorCodes: readonly string[] = (getShape('EventErrorCode') as {enum?: string[]}).enum ?? [];

export function isEventErrorCode(value: unknown): value is string {
	return typeof value === 'string' && eventErrorCodes.includes(value);
}
