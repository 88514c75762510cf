// A preset's name template ("show-{date}") survives a round trip through the wizard: started from,
// expanded for the stage, and saved again as the template while the name is still its expansion.
import test from 'ava';
import type {Preset} from '../../source/presets/store.js';
import {nameTemplateOf, withTemplateName} from '../../source/wizard/name-template.js';
import {presetToSave} from '../../source/wizard/preset-to-save.js';
import {draftStart, presetStart} from '../../source/wizard/start-choice.js';
import {startingState} from '../../source/wizard/starting-state.js';
import {wizardReducer} from '../../source/wizard/wizard-state.js';

const template = {template: 'show-{date}', expanded: 'show-2026-11-28'};

test('a template only where expanding changed the name', t => {
	t.deepEqual(nameTemplateOf('show-{date}', 'show-2026-11-28'), template);
	t.is(nameTemplateOf('show', 'show'), undefined);
	t.is(nameTemplateOf(undefined, 'show'), undefined);
});

test('the name goes back to its template only while it is still the expansion', t => {
	t.deepEqual(withTemplateName({name: 'show-2026-11-28', tags: {a: 'b'}}, template), {name: 'show-{date}', tags: {a: 'b'}});
	t.deepEqual(withTemplateName({name: 'show-special'}, template), {name: 'show-special'});
	t.deepEqual(withTemplateName({}, template), {});
	t.deepEqual(withTemplateName({name: 'show-2026-11-28'}, undefined), {name: 'show-2026-11-28'});
});

test('what a preset saved from the wizard holds: the template, and the region and profile as defaults', t => {
	t.deepEqual(presetToSave('weekly', {request: {name: 'show-2026-11-28'}, connection: {region: 'eu-west-1', profile: 'work', endpointUrl: 'http://x'}, nameTemplate: template}), {
		name: 'weekly',
		request: {name: 'show-{date}'},
		defaults: {region: 'eu-west-1', profile: 'work'},
	});
	t.deepEqual(presetToSave('typed', {request: {name: 'other'}, connection: {}, nameTemplate: template}), {name: 'typed', request: {name: 'other'}});
});

test('the starting state expands the name and keeps the launch’s template beside it', t => {
	// --preset: the entry expanded the name already and passes the template.
	const fromPreset = startingState({name: 'show-2026-11-28'}, {region: 'us-east-1'}, 'show-{date}');
	t.is(fromPreset.request.name, 'show-2026-11-28');
	t.deepEqual(fromPreset.nameTemplate, template);
	// A name typed with a placeholder on the command line is expanded here, and kept as typed.
	const typed = startingState({name: 'x-{user}'}, {});
	t.notRegex(typed.request.name!, /\{/);
	t.is(typed.nameTemplate?.template, 'x-{user}');
	t.is(startingState({name: 'plain'}, {}).nameTemplate, undefined);
});

test('starting from a preset on the start screen brings its template; a draft brings none; a new stage keeps the launch’s', t => {
	const preset: Preset = {name: 'weekly', request: {name: 'show-{user}', tags: {a: 'b'}}, defaults: {region: 'eu-west-1'}, createdAt: '', updatedAt: ''};
	const choice = presetStart(preset, {}, false);
	t.regex(choice.request.name!, /^show-\w+$/);
	t.deepEqual(choice.nameTemplate, {template: 'show-{user}', expanded: choice.request.name});
	t.deepEqual(choice.connection, {region: 'eu-west-1'});
	// What the command line gave wins, name included: then there is no template.
	t.is(presetStart(preset, {name: 'given'}, false).nameTemplate, undefined);
	t.deepEqual(presetStart(preset, {}, true).connection, {});

	const launched = startingState({name: 'show-2026-11-28'}, {}, 'show-{date}');
	t.deepEqual(wizardReducer(launched, {type: 'started', request: launched.request, origin: {kind: 'new'}}).nameTemplate, template);
	t.deepEqual(wizardReducer(launched, {type: 'started', ...choice}).nameTemplate, choice.nameTemplate);
	const resumed = wizardReducer(launched, {type: 'started', ...draftStart({request: {name: 'show-2026-11-28'}, step: 'tags', savedAt: ''}, false)});
	t.false('nameTemplate' in resumed);
	t.is(resumed.route, 'tags');
});
