// TagResource, UntagResource, ListTagsForResource, for any taggable resource the emulator holds
// (stages, storage configurations and public keys). The ARN arrives URL-encoded in the path.
import {notFoundError, validationError} from '../api-error.js';
import type {Tags} from '../store.js';
import {type OperationContext, type OperationHandler} from './context.js';

/** "At most 50 tags can be applied to a resource." */
export const tagLimit = 50;

function taggable(context: OperationContext, arn: unknown): {tags: Tags} {
	const resource = typeof arn === 'string'
		? context.store.stages.get(arn) ?? context.store.storageConfigurations.get(arn) ?? context.store.publicKeys.get(arn)
		: undefined;
	if (!resource) {
		throw notFoundError(String(arn));
	}

	return resource;
}

const tagResource: OperationHandler = (input, context) => {
	const resource = taggable(context, input.resourceArn);
	const merged = Object.fromEntries([...Object.entries(resource.tags), ...Object.entries(input.tags as Tags)]);
	if (Object.keys(merged).length > tagLimit) {
		throw validationError(`A resource can have at most ${tagLimit} tags; this request would leave ${String(input.resourceArn)} with ${Object.keys(merged).length}`);
	}

	resource.tags = merged;
	context.store.changed();
	return {};
};

const untagResource: OperationHandler = (input, context) => {
	const resource = taggable(context, input.resourceArn);
	const remove = new Set(input.tagKeys as string[]);
	resource.tags = Object.fromEntries(Object.entries(resource.tags).filter(([key]) => !remove.has(key)));
	context.store.changed();
	return {};
};

const listTagsForResource: OperationHandler = (input, context) => ({tags: taggable(context, input.resourceArn).tags});

export const tagOperations: Record<string, OperationHandler> = {
	TagResource: tagResource,
	UntagResource: untagResource,
	ListTagsForResource: listTagsForResource,
};
