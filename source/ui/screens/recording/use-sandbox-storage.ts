// The sandbox has no storage configurations of its own, and nobody can make one in a console for
// it: the recording step offers to make one on the emulator, so recording can be tried end to end.
import {useCallback, useEffect, useRef, useState} from 'react';
import type {StorageConfigurationChoice} from '../../../ivs/ivs-api.js';
import {withIvs, type Services} from '../../../ivs/services.js';
import {describeError} from '../../../core/describe-error.js';
import type {Connection} from '../../../wizard/wizard-state.js';

/** What the made configuration is called and where it says it records (the emulator records nothing). */
export const sandboxStorage = {name: 'sandbox-recordings', bucket: 'sandbox-recordings'} as const;

export type SandboxStorage = {status: 'idle' | 'creating'} | {status: 'failed'; message: string};

export function useSandboxStorage(services: Services, connection: Connection, onCreated: (item: StorageConfigurationChoice) => void): {storage: SandboxStorage; create: () => void} {
	const [storage, setStorage] = useState<SandboxStorage>({status: 'idle'});
	const live = useRef(true);
	useEffect(() => {
		live.current = true;
		return () => {
			live.current = false;
		};
	}, []);
	const create = useCallback(() => {
		setStorage({status: 'creating'});
		withIvs(services, connection, async api => api.createStorageConfiguration(sandboxStorage)).then(
			item => {
				if (live.current) {
					setStorage({status: 'idle'});
					onCreated(item);
				}
			},
			(error: unknown) => {
				if (live.current) {
					setStorage({status: 'failed', message: describeError(error, 'CreateStorageConfiguration').message});
				}
			},
		);
	}, [services, connection, onCreated]);
	return {storage, create};
}
