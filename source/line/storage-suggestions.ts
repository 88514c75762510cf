// The account's storage configurations in the chosen region, offered before the ARN is typed, as
// the Ink recording screen lists them: through the same service call, for the same connection.
import {withIvs, type Services} from '../ivs/services.js';
import {describeError} from '../core/describe-error.js';
import type {Connection} from '../wizard/wizard-state.js';
import type {Suggest} from './ask-fields.js';

export function storageSuggestions(services: Services, connection: () => Connection): Suggest {
	return async field => {
		if (field.suggestions !== 'storage-configurations') {
			return {choices: []};
		}

		try {
			const items = await withIvs(services, connection(), async api => api.listStorageConfigurations());
			return {
				choices: items.map(item => ({
					value: item.arn,
					name: [item.name, item.bucket ? `s3://${item.bucket}` : undefined, item.arn].filter(Boolean).join(' · '),
				})),
			};
		} catch (error) {
			return {failed: describeError(error, 'ListStorageConfigurations').message};
		}
	};
}
