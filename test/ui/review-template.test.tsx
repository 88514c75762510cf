// The review screen's `t`: the CloudFormation template written to a real temp folder, mode 0644,
// and the screen saying where; listed in the footer and the `?` overlay; refused while the
// request has problems.
import {closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import YAML from 'yaml';
import type {CreateStageRequest} from '../../source/stage/request.js';
import {keys, loose, press, waitForFrame} from '../helpers/wait-for.js';
import {mountApp, ready, tempStore} from './harness.js';

const request: CreateStageRequest = {
	name: 'weekly-show',
	tags: {team: 'video'},
	participantTokenConfigurations: [{userId: 'host', attributes: {note: 'line\nbreak'}}],
};

function folder(t: {teardown: (fn: () => void) => void}): string {
	const directory = mkdtempSync(path.join(tmpdir(), 'ivs-review-template-'));
	t.teardown(() => {
		rmSync(directory, {recursive: true, force: true});
	});
	return directory;
}

async function atReview(draft: CreateStageRequest, workingDirectory: string) {
	const {store} = tempStore();
	store.saveDraft({request: draft, step: 'review'});
	const mounted = mountApp({store, workingDirectory});
	await ready(mounted.instance, 'Resume your draft');
	await press(mounted.instance, keys.enter);
	await ready(mounted.instance, 'Review and create');
	return mounted;
}

test('t writes <stage name>.template.yaml (0644) in the working directory and says where', async t => {
	const directory = folder(t);
	closeSync(openSync(path.join(directory, 'reference'), 'wx', 0o644));
	const expectedMode = statSync(path.join(directory, 'reference')).mode & 0o777;
	rmSync(path.join(directory, 'reference'));
	const {instance, outcomes, services, cleanup} = await atReview(request, directory);
	t.regex(instance.lastFrame()!, /t template/, 'the footer lists the key');
	await press(instance, 't');
	const file = path.join(directory, 'weekly-show.template.yaml');
	await waitForFrame(instance, loose(`Wrote the CloudFormation template to ${file}.`));
	t.is(statSync(file).mode & 0o777, expectedMode);
	const template = YAML.parse(readFileSync(file, 'utf8'), {version: '1.1'});
	t.deepEqual(template.Resources.Stage.Properties, {Name: 'weekly-show', Tags: [{Key: 'team', Value: 'video'}]});
	// A second `t` keeps the first file and names the next.
	await press(instance, 't');
	await waitForFrame(instance, loose('weekly-show-2.template.yaml (weekly-show.template.yaml was taken).'));
	t.deepEqual(readdirSync(directory).sort(), ['weekly-show-2.template.yaml', 'weekly-show.template.yaml']);
	// Nothing was created and the wizard is still on the review screen.
	t.is(services.created.length, 0);
	t.is(outcomes.length, 0);
	cleanup();
});

test('the ? overlay lists the key', async t => {
	const {instance, cleanup} = await atReview(request, folder(t));
	const overlay = await press(instance, '?');
	t.regex(overlay, /t\s+write <stage name>\.template\.yaml, a CloudFormation template, here/);
	cleanup();
});

test('with problems, t writes nothing and says why', async t => {
	const directory = folder(t);
	const {instance, cleanup} = await atReview({name: 'bad name'}, directory);
	await press(instance, 't');
	await waitForFrame(instance, loose('Fix the 1 problem marked ✗ first: a template holds a request the service would take.'));
	t.deepEqual(readdirSync(directory), []);
	cleanup();
});
