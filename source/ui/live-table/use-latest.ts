// A ref that always holds the latest value, so long-lived effects (the clock, the poller) can call
// the newest callback without restarting whenever a parent passes a fresh inline function.
import {useLayoutEffect, useRef} from 'react';

export function useLatest<T>(value: T): {readonly current: T} {
	const ref = useRef(value);
	useLayoutEffect(() => {
		ref.current = value;
	});
	return ref;
}
