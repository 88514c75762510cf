// Where a resumed draft's stage goes (wizard/draft-place.ts, start-choice.ts) and what the client
// is then built with (ivs/services.ts settingsFor): pure functions, no I/O.
import test from 'ava';
import {defaultClientSettings} from '../../source/ivs/client-settings.js';
import {settingsFor} from '../../source/ivs/services.js';
import type {Draft} from '../../source/presets/store.js';
import {draftPlaceConflict, describePlace} from '../../source/wizard/draft-place.js';
import {draftStart} from '../../source/wizard/start-choice.js';
import {wizardReducer, initialWizardState} from '../../source/wizard/wizard-state.js';

const draft = (settings?: Draft['settings']): Draft => ({request: {name: 'd'}, step: 'review', savedAt: '2026-01-01T00:00:00.000Z', ...(settings ? {settings} : {})});
const options = {sandbox: false, named: true};

test('no difference, no question: the same place, a trailing slash, a default profile said or not, a draft that kept no place', t => {
	t.is(draftPlaceConflict(draft({region: 'us-west-2', endpointUrl: 'http://127.0.0.1:1/'}), {region: 'us-west-2', endpointUrl: 'http://127.0.0.1:1'}, options), undefined);
	t.is(draftPlaceConflict(draft({region: 'us-west-2', profile: 'default'}), {region: 'us-west-2'}, options), undefined);
	t.is(draftPlaceConflict(draft(), {region: 'eu-west-1', endpointUrl: 'http://127.0.0.1:1'}, options), undefined);
	// A draft without a region left it to its profile: no difference on its own.
	t.is(draftPlaceConflict(draft({profile: 'work'}), {profile: 'work', region: 'eu-west-1'}, options), undefined);
});

test('each member that differs is a difference: region, endpoint (AWS’s own against one), profile', t => {
	t.truthy(draftPlaceConflict(draft({region: 'us-east-1'}), {region: 'us-west-2'}, options));
	t.truthy(draftPlaceConflict(draft({region: 'us-west-2'}), {region: 'us-west-2', endpointUrl: 'http://127.0.0.1:1'}, options));
	t.truthy(draftPlaceConflict(draft({region: 'us-west-2', endpointUrl: 'http://127.0.0.1:1'}), {region: 'us-west-2'}, options));
	t.truthy(draftPlaceConflict(draft({region: 'us-west-2', profile: 'work'}), {region: 'us-west-2'}, options));
	// The sandbox is always elsewhere than a place a draft kept.
	t.truthy(draftPlaceConflict(draft({region: 'us-west-2'}), {region: 'us-west-2'}, {sandbox: true, named: true}));
});

test('the preferred place: the command line’s when it named one (or in the sandbox), the draft’s otherwise', t => {
	const differing = draft({region: 'us-east-1'});
	t.is(draftPlaceConflict(differing, {region: 'us-west-2'}, {sandbox: false, named: true})?.preferred, 'run');
	t.is(draftPlaceConflict(differing, {region: 'us-west-2'}, {sandbox: false, named: false})?.preferred, 'draft');
	t.is(draftPlaceConflict(differing, {region: 'us-west-2'}, {sandbox: true, named: false})?.preferred, 'run');
	t.is(describePlace({region: 'us-east-1'}), 'profile default · us-east-1 · AWS’s own endpoint');
});

test('resuming at the draft’s place replaces the whole place; at this run’s, nothing of it', t => {
	const launched = initialWizardState({}, {region: 'us-west-2', endpointUrl: 'http://127.0.0.1:1', profile: 'cli'});
	const saved = draft({region: 'eu-west-1'});
	const atDraft = wizardReducer(launched, {type: 'started', ...draftStart(saved, false, 'draft')});
	t.deepEqual(atDraft.connection, {region: 'eu-west-1', endpointUrl: undefined, profile: undefined});
	const atRun = wizardReducer(launched, {type: 'started', ...draftStart(saved, false, 'run')});
	t.deepEqual(atRun.connection, launched.connection);
	const inSandbox = wizardReducer(initialWizardState({}, {region: 'us-west-2'}), {type: 'started', ...draftStart(saved, true, 'draft')});
	t.deepEqual(inSandbox.connection, {region: 'us-west-2'});
});

test('settingsFor: a profile or endpoint the connection holds is used even when unset; one it lacks is the command line’s', t => {
	const base = {...defaultClientSettings, region: 'us-west-2', endpointUrl: 'http://127.0.0.1:1', profile: 'cli'};
	t.like(settingsFor(base, {region: 'eu-west-1', endpointUrl: undefined, profile: undefined}), {region: 'eu-west-1', endpointUrl: undefined, profile: undefined});
	t.like(settingsFor(base, {region: 'eu-west-1'}), {region: 'eu-west-1', endpointUrl: 'http://127.0.0.1:1', profile: 'cli'});
	t.like(settingsFor(base, {endpointUrl: 'http://127.0.0.1:2', profile: 'work'}), {region: 'us-west-2', endpointUrl: 'http://127.0.0.1:2', profile: 'work'});
	// The start screen's endpoint field emptied: the region's own endpoint, as its placeholder says.
	t.is(settingsFor(base, {endpointUrl: ''}).endpointUrl, undefined);
});
