// The account's storage configurations in the chosen region, listed once recording is switched on,
// so the ARN can be picked instead of typed.
import {useEffect, useState} from 'react';
import type {StorageConfigurationChoice} from '../../../ivs/ivs-api.js';
import {withIvs, type Services} from '../../../ivs/services.js';
import {describeError} from '../../../core/describe-error.js';
import type {Connection} from '../../../wizard/wizard-state.js';

export type StorageConfigurations =
	| {status: 'idle' | 'loading'}
	| {status: 'loaded'; items: StorageConfigurationChoice[]}
	| {status: 'failed'; message: string};

/** `generation`: a new number lists them again (after the sandbox made one). */
export function useStorageConfigurations(services: Services, connection: Connection, enabled: boolean, generation = 0): StorageConfigurations {
	const [result, setResult] = useState<StorageConfigurations>({status: 'idle'});
	useEffect(() => {
		if (!enabled) {
			return;
		}

		let live = true;
		setResult({status: 'loading'});
		// The connection as it is: a key it lacks is the command line's (the sandbox's emulator),
		// while one present even as undefined would choose the region's own endpoint.
		withIvs(services, connection, async api => api.listStorageConfigurations()).then(
			items => {
				if (live) {
					setResult({status: 'loaded', items});
				}
			},
			(error: unknown) => {
				if (live) {
					setResult({status: 'failed', message: describeError(error, 'ListStorageConfigurations').message});
				}
			},
		);
		return () => {
			live = false;
		};
	}, [services, connection, enabled, generation]);
	return result;
}
