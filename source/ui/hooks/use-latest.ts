// A ref that always holds the latest value. Key handlers read it, so two keys read in one go both
// build on the first one's result instead of on the same stale props; long-lived effects (the live
// table's clock and poller) call the newest callback through it without restarting whenever a
// parent passes a fresh inline function. Assigned during render, so it is current before any
// effect or handler of that render runs.
import {useRef} from 'react';

export function useLatest<T>(value: T): {current: T} {
	const latest = useRef(value);
	latest.current = value;
	return latest;
}
