// What the live table needs once the stage exists: its module (which brings the live table's
// views, so it is loaded now rather than before the first frame), an IvsApi for the connection the
// stage was created through (the SDK loads with its first call), and the region the calls go to
// (a profile's region when none was chosen).
import {useEffect, useRef, useState} from 'react';
import type {IvsApi} from '../../../ivs/ivs-api.js';
import type {Services} from '../../../ivs/services.js';
import type {Connection} from '../../../wizard/wizard-state.js';

type LiveTableModule = typeof import('../../live-table/live-table.js');

export type LiveApi = {api: IvsApi; region: string; LiveTable: LiveTableModule['LiveTable']} | {error: string} | undefined;

export function useLiveApi(services: Services, connection: Connection): LiveApi {
	const [result, setResult] = useState<LiveApi>();
	// One connection for the life of the table: the one it was mounted with.
	const mountedWith = useRef({services, connection});
	useEffect(() => {
		const {services, connection} = mountedWith.current;
		let live = true;
		const api = services.connect(connection);
		Promise.all([connection.region ?? api.region(), import('../../live-table/live-table.js')])
			.then(([region, {LiveTable}]) => {
				if (live) {
					setResult({api, region, LiveTable});
				}
			})
			.catch((error: unknown) => {
				if (live) {
					setResult({error: (error as Error).message});
				}
			});
		return () => {
			live = false;
			api.close();
		};
	}, []);
	return result;
}
