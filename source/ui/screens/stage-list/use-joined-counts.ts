// Who has joined each stage of a batch: ListParticipants for each stage's session, one stage after
// the other at most 4 a second (inside the service's 5), the whole list again every few seconds
// while the list shows. A count is undefined until its stage is first read; a failed read keeps
// the last count.
import {useEffect, useState} from 'react';
import {setTimeout as delay} from 'node:timers/promises';
import type {Services} from '../../../ivs/services.js';
import type {CreateStageResponse} from '../../../stage/request.js';
import type {Connection} from '../../../wizard/wizard-state.js';

const gapMs = 250;
const sweepEveryMs = 5000;

export function useJoinedCounts(services: Services, connection: Connection, results: readonly CreateStageResponse[], active: boolean): ReadonlyMap<string, number> {
	const [counts, setCounts] = useState<ReadonlyMap<string, number>>(new Map());
	useEffect(() => {
		if (!active) {
			return;
		}

		const stop = new AbortController();
		const api = services.connect(connection);
		void (async () => {
			while (!stop.signal.aborted) {
				for (const {stage} of results) {
					if (stop.signal.aborted || !stage?.arn || !stage.activeSessionId) {
						continue;
					}

					try {
						// eslint-disable-next-line no-await-in-loop -- one stage at a time, inside the rate
						const page = await api.listParticipants({stageArn: stage.arn, sessionId: stage.activeSessionId, maxResults: 100}, {signal: stop.signal});
						const joined = page.participants.filter(participant => participant.state === 'CONNECTED').length;
						const arn = stage.arn;
						setCounts(previous => (previous.get(arn) === joined ? previous : new Map(previous).set(arn, joined)));
					} catch {
						// The next sweep tries again; the list keeps what it knew.
					}

					// eslint-disable-next-line no-await-in-loop
					await delay(gapMs, undefined, {signal: stop.signal}).catch(() => undefined);
				}

				// eslint-disable-next-line no-await-in-loop
				await delay(sweepEveryMs, undefined, {signal: stop.signal}).catch(() => undefined);
			}
		})();
		return () => {
			stop.abort();
			api.close();
		};
	}, [services, connection, results, active]);
	return counts;
}
