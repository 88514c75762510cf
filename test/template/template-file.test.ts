// The review screen's template file in a real temp folder: its name, its mode, and that nothing
// there is ever overwritten or followed.
import {mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import YAML from 'yaml';
import {templateFileName} from '../../source/template/file-name.js';
import {templateFileMode, writeTemplateFile, writtenMessage} from '../../source/template/template-file.js';

function folder(t: {teardown: (fn: () => void) => void}): string {
	const directory = mkdtempSync(path.join(tmpdir(), 'ivs-template-file-'));
	t.teardown(() => {
		rmSync(directory, {recursive: true, force: true});
	});
	return directory;
}

/** The mode a file created 0644 gets here: the umask narrows it, for this file as for any other. */
function modeFor0644(directory: string): number {
	const reference = path.join(directory, '.reference');
	closeSync(openSync(reference, 'wx', 0o644));
	const mode = statSync(reference).mode & 0o777;
	rmSync(reference);
	return mode;
}

const request = {name: 'weekly-show', tags: {team: 'video'}, participantTokenConfigurations: [{userId: 'host'}]};

test('writes <stage name>.template.yaml, mode 0644, and says where', async t => {
	const directory = folder(t);
	const expectedMode = modeFor0644(directory);
	const written = await writeTemplateFile(directory, request);
	t.is(written.path, path.join(directory, 'weekly-show.template.yaml'));
	t.is(templateFileMode, 0o644);
	t.is(statSync(written.path).mode & 0o777, expectedMode);
	t.is(expectedMode & ~0o644, 0, 'never wider than 0644');
	const text = readFileSync(written.path, 'utf8');
	// What the file holds, read back as CloudFormation reads it, and the commands its comments give.
	t.deepEqual(YAML.parse(text), {
		AWSTemplateFormatVersion: '2010-09-09',
		Description: 'Amazon IVS Real-Time stage weekly-show (from ivs-stage-wizard)',
		Resources: {Stage: {Type: 'AWS::IVS::Stage', Properties: {Name: 'weekly-show', Tags: [{Key: 'team', Value: 'video'}]}}},
		Outputs: {StageArn: {Description: 'ARN of the stage', Value: {Ref: 'Stage'}}},
	});
	t.regex(text, /^# {3}aws cloudformation deploy --stack-name weekly-show --template-file weekly-show\.template\.yaml$/m);
	t.regex(text, /^# {3}aws ivs-realtime create-participant-token --stage-arn "\$STAGE_ARN" --user-id host$/m);
	t.is(writtenMessage(written), `Wrote the CloudFormation template to ${written.path}.`);
});

test('a taken name is kept as it is: the next free one is used, and the message says so', async t => {
	const directory = folder(t);
	writeFileSync(path.join(directory, 'weekly-show.template.yaml'), 'mine');
	// A link where the second name would be: not followed, not replaced.
	const elsewhere = path.join(folder(t), 'target.yaml');
	writeFileSync(elsewhere, 'untouched');
	symlinkSync(elsewhere, path.join(directory, 'weekly-show-2.template.yaml'));
	const written = await writeTemplateFile(directory, request);
	t.is(written.path, path.join(directory, 'weekly-show-3.template.yaml'));
	t.is(readFileSync(path.join(directory, 'weekly-show.template.yaml'), 'utf8'), 'mine');
	t.is(readFileSync(elsewhere, 'utf8'), 'untouched');
	t.regex(readFileSync(written.path, 'utf8'), /--template-file weekly-show-3\.template\.yaml\n/);
	t.is(writtenMessage(written), `Wrote the CloudFormation template to ${written.path} (weekly-show.template.yaml was taken).`);
	t.deepEqual(readdirSync(directory).sort(), ['weekly-show-2.template.yaml', 'weekly-show-3.template.yaml', 'weekly-show.template.yaml']);
});

test('a stage without a name gets ivs-stage.template.yaml', async t => {
	const directory = folder(t);
	t.is(path.basename((await writeTemplateFile(directory, {})).path), 'ivs-stage.template.yaml');
	t.is(path.basename((await writeTemplateFile(directory, {name: ''})).path), 'ivs-stage-2.template.yaml');
});

test('a hostile name makes a plain file name in the folder: no separator, no leading dot or dash', t => {
	for (const name of ['../../etc/passwd', '/abs/path', '.hidden', '-rf', 'a b\nc', 'C:\\win', '..', '名前', `x${'y'.repeat(300)}`]) {
		const fileName = templateFileName(name, 'yaml');
		t.regex(fileName, /^[\w][\w-]*\.template\.yaml$/, name);
		t.true(Buffer.byteLength(fileName) < 255, name);
		t.is(path.basename(fileName), fileName);
	}
});
