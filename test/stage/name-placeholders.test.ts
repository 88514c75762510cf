import test from 'ava';
import {expandNamePlaceholders, expandRequestPlaceholders, reduceUserName, unknownPlaceholders} from '../../source/stage/name-placeholders.js';

// Local time, as the user reads a clock: 28 Nov 2026, 09:05.
const now = new Date(2026, 10, 28, 9, 5, 42);

test('{date} is the local date as YYYY-MM-DD, {time} the local HHmm', t => {
	t.is(expandNamePlaceholders('show-{date}-{time}', {now}), 'show-2026-11-28-0905');
});

test('{user} is the given user name, reduced to the characters a stage name allows', t => {
	t.is(expandNamePlaceholders('call-{user}', {now, user: 'jean.dupont'}), 'call-jeandupont');
	t.is(expandNamePlaceholders('call-{user}', {now, user: String.raw`CORP\bob_s-1`}), 'call-CORPbob_s-1');
	t.is(reduceUserName('élodie'), 'lodie');
	t.is(reduceUserName('...'), 'user');
});

test('{user} without a given user uses the OS user name', t => {
	t.regex(expandNamePlaceholders('{user}', {now}), /^[\w-]+$/);
});

test('every occurrence is expanded and a name without placeholders is unchanged', t => {
	t.is(expandNamePlaceholders('{date}_{date}', {now}), '2026-11-28_2026-11-28');
	t.is(expandNamePlaceholders('plain-name', {now}), 'plain-name');
});

test('an unknown placeholder is left as typed, and reported', t => {
	t.is(expandNamePlaceholders('x-{week}-{date}', {now}), 'x-{week}-2026-11-28');
	t.deepEqual(unknownPlaceholders('x-{week}-{date}-{}'), ['week', '']);
	t.deepEqual(unknownPlaceholders('x-{date}'), []);
});

test('expandRequestPlaceholders copies the request and expands only the name', t => {
	const request = {name: 'show-{date}', tags: {when: '{date}'}};
	const expanded = expandRequestPlaceholders(request, {now});
	t.deepEqual(expanded, {name: 'show-2026-11-28', tags: {when: '{date}'}});
	t.is(request.name, 'show-{date}');
});
