import test from 'ava';
import {colorEnabled, themeFor} from '../../source/ui/theme.js';
import {footerEntries, helpEntries, bindings, type Scope} from '../../source/ui/keys/keybindings.js';
import {keys, press, waitFor, waitForFrame} from '../helpers/wait-for.js';
import {mountApp, ready, tempStore} from './harness.js';

test('the draft is saved at every step change once something changed, and Ctrl+C keeps what was typed since', async t => {
	const {instance, store, outcomes, cleanup} = mountApp();
	await ready(instance, 'What would you like to do?');
	t.is(store.getDraft(), undefined);
	await press(instance, keys.enter);
	await ready(instance, 'Stage name — Name the stage');
	// Nothing of the user's yet: nothing to keep.
	t.is(store.getDraft(), undefined);
	await press(instance, 'first');
	await press(instance, keys.enter);
	await ready(instance, 'Tags — Optional tags');
	t.deepEqual(store.getDraft()?.request, {name: 'first'});
	t.is(store.getDraft()?.step, 'tags');
	await press(instance, keys.escape);
	await ready(instance, 'Stage name — Name the stage');
	await press(instance, '-more');
	instance.stdin.write(keys.ctrlC);
	await waitFor(() => outcomes.length > 0, () => 'an outcome');
	t.deepEqual(outcomes[0], {kind: 'interrupted', draftPath: store.path, notices: []});
	t.deepEqual(store.getDraft()?.request, {name: 'first-more'});
	cleanup();
});

test('Ctrl+C on the start screen leaves an earlier draft alone', async t => {
	const {store} = tempStore();
	store.saveDraft({request: {name: 'older'}, step: 'tags'});
	const mounted = mountApp({store});
	await ready(mounted.instance, 'Resume your draft');
	mounted.instance.stdin.write(keys.ctrlC);
	await waitFor(() => mounted.outcomes.length > 0, () => 'an outcome');
	t.deepEqual(mounted.store.getDraft()?.request, {name: 'older'});
	t.is(mounted.outcomes[0]!.kind, 'interrupted');
	mounted.cleanup();
});

test('the help overlay lists the current screen’s keys and leaves the screen as it was', async t => {
	const {instance, cleanup} = mountApp({request: {tags: {a: '1', b: '2'}}});
	await ready(instance, 'What would you like to do?');
	await press(instance, keys.enter);
	await ready(instance, 'Stage name');
	await press(instance, keys.tab);
	await ready(instance, 'Tags — Optional tags');
	// With tags there already, the cursor starts on Continue; two up is the second tag.
	await press(instance, keys.up);
	await press(instance, keys.up);
	const help = await press(instance, '?');
	t.regex(help, /Keys on this screen/);
	t.regex(help, /a\s+add a tag/);
	t.regex(help, /Tab\s+continue to the next step, from any line/);
	t.regex(help, /d\/Delete\s+remove the selected tag/);
	t.regex(help, /\?\/Esc close/);
	const back = await press(instance, '?');
	t.regex(back, /› b = 2/);
	cleanup();
});

test('follows resizes: at 60 columns the header is compact and lines are cut, not wrapped', async t => {
	const {instance, cleanup} = mountApp({request: {name: 'x'.repeat(100)}});
	await ready(instance, 'What would you like to do?');
	t.regex(instance.lastFrame()!, /Start › Name › Tags/);
	Object.defineProperty(instance.stdout, 'columns', {configurable: true, get: () => 60});
	instance.stdout.emit('resize');
	const narrow = await waitForFrame(instance, '1/6 Start');
	for (const line of narrow.split('\n')) {
		t.true([...line].length <= 60, line);
	}

	cleanup();
});

test('NO_COLOR and --color off turn every colour off; --color on wins over NO_COLOR', t => {
	t.false(colorEnabled('auto', {NO_COLOR: '1'}));
	t.true(colorEnabled('auto', {NO_COLOR: ''}));
	t.false(colorEnabled('off', {}));
	t.true(colorEnabled('on', {NO_COLOR: '1'}));
	t.false(colorEnabled('auto', {TERM: 'dumb'}));
	const plain = themeFor(false);
	t.deepEqual(Object.entries(plain).filter(([, value]) => typeof value === 'string'), []);
});

test('every scope’s keys are unambiguous, and every scope has a way on or back', t => {
	const sample: Array<[string, Partial<import('ink').Key>]> = [
		['\r', {return: true}],
		['\t', {tab: true}],
		['', {tab: true, shift: true}],
		['', {escape: true}],
		['', {upArrow: true}],
		['', {downArrow: true}],
		['', {leftArrow: true}],
		['', {rightArrow: true}],
		[' ', {}],
		['a', {}],
		['d', {}],
		['c', {}],
		['q', {}],
		['s', {}],
		['y', {}],
		['1', {}],
	];
	const none = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false};
	for (const [scope, entries] of Object.entries(bindings) as Array<[Scope, (typeof bindings)[Scope]]>) {
		for (const [input, partial] of sample) {
			const key = {...none, ...partial};
			const matching = entries.filter(entry => entry.matches(input, key));
			t.true(matching.length <= 1, `${scope}: ${JSON.stringify([input, partial])} matches ${matching.map(entry => entry.action).join(', ')}`);
		}

		if (scope !== 'creating') {
			t.true(helpEntries(scope).length > 0);
			t.true(footerEntries(scope).length > 0, scope);
		}
	}
});
