// The operations the emulator serves, by the model's operation name. Routes are built from this
// list, so an operation is served exactly when it has a handler here.
import type {OperationHandler} from './context.js';
import {participantEventOperations} from './participant-events.js';
import {publicKeyOperations} from './public-keys.js';
import {sessionOperations} from './sessions.js';
import {stageOperations} from './stages.js';
import {storageOperations} from './storage.js';
import {tagOperations} from './tags.js';
import {tokenOperations} from './tokens.js';

export const operations: Record<string, OperationHandler> = {
	...stageOperations,
	...tokenOperations,
	...sessionOperations,
	...storageOperations,
	...tagOperations,
	...publicKeyOperations,
	...participantEventOperations,
};

export type {OperationContext, OperationHandler} from './context.js';
