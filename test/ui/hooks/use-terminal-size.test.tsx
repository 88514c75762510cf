// The terminal size hook: every component that measures shares one 'resize' listener per stream
// (a form measures in each field), all of them follow a resize, and unmounting leaves none behind.
import test from 'ava';
import {Text} from 'ink';
import {useTerminalSize} from '../../../source/ui/hooks/use-terminal-size.js';
import {renderInk} from '../../helpers/render-ink.js';
import {waitFor, waitForFrame} from '../../helpers/wait-for.js';

function Width({label}: {label: string}) {
	const {columns, rows} = useTerminalSize();
	return (
		<Text>
			{label}:{columns}x{rows}
		</Text>
	);
}

const labels = Array.from({length: 12}, (_, index) => `w${index}`);

function ManyFields() {
	return (
		<>
			{labels.map(label => (
				<Width key={label} label={label} />
			))}
		</>
	);
}

test('twelve measuring components add one resize listener between them, not one each', async t => {
	const view = renderInk(<ManyFields />, {columns: 90, rows: 30});
	t.teardown(() => view.unmount());
	await waitForFrame(view, 'w11:90x30');
	// At most Ink's own listener and the hook's shared one, where the old hook added one per
	// component (13). That the shared one is there and heard is the next test's: a resize reaches all.
	t.true(view.stdout.listenerCount('resize') <= 2, `${view.stdout.listenerCount('resize')} resize listeners`);
});

test('every measuring component follows a resize, and unmounting removes the shared listener', async t => {
	const view = renderInk(<ManyFields />, {columns: 90, rows: 30});
	await waitForFrame(view, 'w11:90x30');
	view.resize(61, 20);
	const frame = await waitFor(
		() => {
			const last = view.lastFrame() ?? '';
			return labels.every(label => last.includes(`${label}:61x20`)) ? last : undefined;
		},
		() => `every component at 61x20:\n${view.lastFrame() ?? ''}`,
	);
	t.false(frame.includes(':90x30'));
	view.unmount();
	t.is(view.stdout.listenerCount('resize'), 0);
});
