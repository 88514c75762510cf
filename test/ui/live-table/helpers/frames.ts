// waitForFrame with a predicate as well as text, on top of the shared test/helpers/wait-for.ts:
// the live table's tests wait for a row to change, not just for text to appear anywhere.
import {waitFor} from '../../../helpers/wait-for.js';

type FrameSource = {lastFrame: () => string | undefined};

export async function waitForFrame(
	source: FrameSource,
	expected: string | RegExp | ((frame: string) => boolean),
	{timeoutMs}: {timeoutMs?: number} = {},
): Promise<string> {
	const matches =
		typeof expected === 'function' ? expected : typeof expected === 'string' ? (frame: string) => frame.includes(expected) : (frame: string) => expected.test(frame);
	return waitFor(
		() => {
			const frame = source.lastFrame() ?? '';
			return matches(frame) ? frame || ' ' : undefined;
		},
		() => `${String(expected)}; the last frame was:\n${source.lastFrame() ?? '(nothing rendered)'}`,
		// Unless a test asks for its own, the shared guard (see wait-for.ts).
		timeoutMs === undefined ? {} : {timeout: timeoutMs},
	);
}
