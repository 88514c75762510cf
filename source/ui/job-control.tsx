// Ctrl+Z suspends the wizard as it suspends any terminal program. In raw mode the terminal sends
// the key instead of SIGTSTP, so the input layer reports it ('suspend') and this does what the
// terminal would have: Ink hands the terminal back (frame erased, cursor shown, raw mode off), the
// process stops itself with SIGTSTP, and when the shell continues it (fg), Ink takes the terminal
// again (raw mode on) and draws the whole frame afresh. A kill to oneself stops the process before
// kill() returns, so the resume runs after SIGCONT. Where nothing can stop it (a process group
// with no shell to continue it: the kernel drops SIGTSTP then), it carries straight on.
import process from 'node:process';
import {useApp} from 'ink';
import {type ReactNode, useEffect} from 'react';

type SuspendSource = NodeJS.EventEmitter;

export function JobControl({input, children}: {input: SuspendSource; children: ReactNode}) {
	const {suspendTerminal} = useApp();
	useEffect(() => {
		if (process.platform === 'win32') {
			return undefined;
		}

		let suspended = false;
		const onSuspend = () => {
			if (suspended) {
				return;
			}

			suspended = true;
			void suspendTerminal(() => {
				process.kill(process.pid, 'SIGTSTP');
			}).finally(() => {
				suspended = false;
			});
		};

		input.on('suspend', onSuspend);
		return () => {
			input.off('suspend', onSuspend);
		};
	}, [input, suspendTerminal]);
	return children;
}
