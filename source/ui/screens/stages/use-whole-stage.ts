// The stage as GetStage describes it, for a table opened from a ListStages summary (the stages
// screen): a summary has no endpoints, and the table's header would show "—" for WHIP, Events and
// RTMPS. A stage that came whole (watch's, from GetStage) is taken as it is, with no call.
import {useEffect, useRef, useState} from 'react';
import type {Stage} from '@aws-sdk/client-ivs-realtime';
import type {IvsApi} from '../../../ivs/ivs-api.js';
import {errorLine} from '../../../core/describe-error.js';

export type WholeStage = {stage: Stage} | {error: string} | undefined;

export function useWholeStage(api: IvsApi | undefined, given: Stage): WholeStage {
	const whole = given.endpoints !== undefined;
	const [fetched, setFetched] = useState<WholeStage>();
	// A caller may make the summary afresh each render: one call per stage (its ARN), not per render.
	const summary = useRef(given);
	summary.current = given;
	const {arn} = given;
	useEffect(() => {
		if (whole || !api || !arn) {
			return;
		}

		const controller = new AbortController();
		api.getStage(arn, {signal: controller.signal})
			.then(stage => {
				// The summary's fields stand in for any the answer lacks.
				setFetched({stage: {...summary.current, ...stage}});
			})
			.catch((error: unknown) => {
				if (!controller.signal.aborted) {
					setFetched({error: errorLine(error, 'GetStage')});
				}
			});
		return () => {
			controller.abort();
		};
	}, [api, arn, whole]);
	return whole ? {stage: given} : fetched;
}
