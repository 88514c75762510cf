// What run does with SIGINT, SIGTERM and SIGHUP. None of them ends this process: the stage has
// to be deleted first. The first one is remembered (it decides the exit code, 128+N) and sent on
// to the child while it runs; one before the child starts means it never starts. A later one,
// once the child has ended, stops the deletes (they are then reported, never dropped): a user who
// presses Ctrl+C again is not kept waiting on the network. Every signal goes to the child's whole
// process group, which no terminal signals itself (child-command.ts says why); so does SIGWINCH,
// which only tells it the terminal's new size.
import type {SignalSource} from '../cli/io.js';
import type {RunningChild} from './child-command.js';

export const forwardedSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type ForwardedSignal = (typeof forwardedSignals)[number];

export class SignalPlan {
	/** The first signal received, if any. */
	first: ForwardedSignal | undefined;
	/** Aborted by the first signal: a batch stops after the stage in flight, and no child starts. */
	readonly createAbort = new AbortController();
	/** Aborted by a signal after the child has ended: the deletes stop waiting. */
	readonly cleanupAbort = new AbortController();
	private child: Pick<RunningChild, 'forward' | 'relay'> | undefined;
	private childEnded = false;
	private readonly listeners = new Map<ForwardedSignal | 'SIGWINCH', () => void>();

	constructor(private readonly source: SignalSource) {
		for (const signal of forwardedSignals) {
			this.listen(signal, () => {
				this.receive(signal);
			});
		}

		// The terminal was resized: the child, in no terminal's session, hears it only from us.
		this.listen('SIGWINCH', () => {
			this.child?.relay('SIGWINCH');
		});
	}

	/** The child is running: signals from now on go to it. */
	childStarted(child: Pick<RunningChild, 'forward' | 'relay'>): void {
		this.child = child;
	}

	/** The child has ended (or never started): a signal from now on stops the clean-up. */
	childDone(): void {
		this.child = undefined;
		this.childEnded = true;
	}

	/** Back to the default behaviour, once everything is cleaned up. */
	stop(): void {
		for (const [signal, listener] of this.listeners) {
			this.source.off(signal, listener);
		}
	}

	private listen(signal: ForwardedSignal | 'SIGWINCH', listener: () => void): void {
		this.listeners.set(signal, listener);
		this.source.on(signal, listener);
	}

	private receive(signal: ForwardedSignal): void {
		const isFirst = this.first === undefined;
		this.first ??= signal;
		this.createAbort.abort();
		if (this.child) {
			this.child.forward(signal);
		} else if (this.childEnded && !isFirst) {
			this.cleanupAbort.abort();
		}
	}
}
