// The one clock tick of the live table: every countdown, the "last updated" time and the retry
// countdown read the same `now`, so the screen changes at most once a second when idle.
import {useEffect, useState} from 'react';
import {useLatest} from '../hooks/use-latest.js';

export const tickMs = 1000;

/**
 * `onTick` runs just before each tick's update, in the same task, so whatever it dispatches is
 * rendered in the tick's frame rather than a frame of its own (React batches the two).
 */
export function useClock(now: () => number, onTick?: () => void): number {
	const [time, setTime] = useState(now);
	const nowRef = useLatest(now);
	const onTickRef = useLatest(onTick);
	useEffect(() => {
		const timer = setInterval(() => {
			onTickRef.current?.();
			setTime(nowRef.current());
		}, tickMs);
		return () => {
			clearInterval(timer);
		};
	}, [nowRef, onTickRef]);
	return time;
}
