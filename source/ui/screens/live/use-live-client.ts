// What the live table needs once the stage exists: its module (which brings the AWS SDK, so it is
// loaded now rather than before the first frame), the client it polls with, and the region the
// client resolved (a profile's region when none was chosen).
import {useEffect, useState} from 'react';
import type {IVSRealTimeClient} from '@aws-sdk/client-ivs-realtime';
import type {WizardServices} from '../../../ivs/wizard-services.js';
import type {Connection} from '../../../wizard/wizard-state.js';

type LiveTableModule = typeof import('../../live-table/live-table.js');

export type LiveClient = {client: IVSRealTimeClient; region: string; LiveTable: LiveTableModule['LiveTable']} | {error: string} | undefined;

export function useLiveClient(services: WizardServices, connection: Connection): LiveClient {
	const [result, setResult] = useState<LiveClient>();
	useEffect(() => {
		let live = true;
		let made: IVSRealTimeClient | undefined;
		Promise.all([services.liveClient(connection), import('../../live-table/live-table.js')])
			.then(async ([client, {LiveTable}]) => {
				made = client;
				const region = connection.region ?? (await client.config.region());
				if (live) {
					setResult({client, region, LiveTable});
				}
			})
			.catch((error: unknown) => {
				if (live) {
					setResult({error: (error as Error).message});
				}
			});
		return () => {
			live = false;
			made?.destroy();
		};
		// One client for the life of the table.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);
	return result;
}
