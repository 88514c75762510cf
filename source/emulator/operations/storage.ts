// CreateStorageConfiguration, GetStorageConfiguration, ListStorageConfigurations,
// DeleteStorageConfiguration. The S3 bucket is taken on trust: nothing is ever recorded.
import {conflictError, notFoundError} from '../api-error.js';
import {randomId, resourceIdLength, storageConfigurationArn} from '../ids.js';
import {plainMap, type StorageConfigurationRecord} from '../store.js';
import {paginate, text, type OperationContext, type OperationHandler} from './context.js';

function requireConfiguration(context: OperationContext, arn: unknown): StorageConfigurationRecord {
	const configuration = typeof arn === 'string' ? context.store.storageConfigurations.get(arn) : undefined;
	if (!configuration) {
		throw notFoundError(String(arn));
	}

	return configuration;
}

const createStorageConfiguration: OperationHandler = (input, context) => {
	const {store} = context;
	let arn: string;
	do {
		arn = storageConfigurationArn(context.region, context.accountId, randomId(resourceIdLength));
	} while (store.storageConfigurations.has(arn));

	const s3 = input.s3 as {bucketName: string};
	const storageConfiguration: StorageConfigurationRecord = {
		arn,
		name: text(input.name) ?? '',
		s3: {bucketName: s3.bucketName},
		tags: plainMap(input.tags),
		createdAt: context.now(),
		seq: store.nextSeq(),
	};
	store.storageConfigurations.set(arn, storageConfiguration);
	store.changed();
	return {storageConfiguration};
};

const getStorageConfiguration: OperationHandler = (input, context) => ({
	storageConfiguration: requireConfiguration(context, input.arn),
});

const listStorageConfigurations: OperationHandler = (input, context) => {
	const {page, nextToken} = paginate(
		context.store.storageConfigurations.values(),
		'storage-configurations',
		input.maxResults,
		input.nextToken,
	);
	return {storageConfigurations: page, nextToken};
};

const deleteStorageConfiguration: OperationHandler = (input, context) => {
	const configuration = requireConfiguration(context, input.arn);
	for (const stage of context.store.stages.values()) {
		if (stage.autoParticipantRecordingConfiguration.storageConfigurationArn === configuration.arn) {
			throw conflictError(`Storage configuration ${configuration.arn} is used by stage ${stage.arn}`);
		}
	}

	context.store.storageConfigurations.delete(configuration.arn);
	context.store.changed();
	return {};
};

export const storageOperations: Record<string, OperationHandler> = {
	CreateStorageConfiguration: createStorageConfiguration,
	GetStorageConfiguration: getStorageConfiguration,
	ListStorageConfigurations: listStorageConfigurations,
	DeleteStorageConfiguration: deleteStorageConfiguration,
};
