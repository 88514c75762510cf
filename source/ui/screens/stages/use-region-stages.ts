// Reads the region's stages for the screen: every page of ListStages, then who is connected to
// each stage with a session, one stage after the other inside the service's rate, each count shown
// as it comes. Read again whenever the state's generation moves (g, back from a table); a read
// that a newer one overtakes is dropped.
import {useEffect, type Dispatch} from 'react';
import type {Services} from '../../../ivs/services.js';
import {listAllStages} from '../../../core/list-all-stages.js';
import {overviewOf, withConnectedCounts} from '../../../stages/stage-overview.js';
import {errorLine} from '../../../core/describe-error.js';
import type {Connection} from '../../../wizard/wizard-state.js';
import type {StagesAction} from './stages-state.js';

export function useRegionStages(services: Services, connection: Connection, generation: number, active: boolean, dispatch: Dispatch<StagesAction>): void {
	useEffect(() => {
		if (!active) {
			return;
		}

		const stop = new AbortController();
		const api = services.connect(connection);
		dispatch({type: 'loading'});
		void (async () => {
			let stages;
			try {
				stages = (await listAllStages(api, {signal: stop.signal})).map(overviewOf);
			} catch (error) {
				if (!stop.signal.aborted) {
					dispatch({type: 'load-failed', message: `ListStages failed: ${errorLine(error, 'ListStages')}`});
				}

				return;
			}

			if (stop.signal.aborted) {
				return;
			}

			dispatch({type: 'loaded', stages});
			try {
				await withConnectedCounts(api, stages, {
					signal: stop.signal,
					onCount(arn, count) {
						if (!stop.signal.aborted) {
							dispatch({type: 'counted', arn, count});
						}
					},
				});
			} catch (error) {
				if (!stop.signal.aborted) {
					dispatch({type: 'noticed', notice: {tone: 'error', text: `ListParticipants failed: ${errorLine(error, 'ListParticipants')}`}});
				}
			}
		})();
		return () => {
			stop.abort();
			api.close();
		};
	}, [services, connection, generation, active, dispatch]);
}
