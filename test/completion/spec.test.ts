// The spec a Tab reads is a generated copy of the option tables: it must match them, and reading
// it must not load them (nor anything heavy) on the way.
import fs from 'node:fs';
import test from 'ava';
import {buildCompletionSpec} from '../../scripts/completion/build-spec.js';
import {completionSpec} from '../../source/completion/spec.generated.js';

test('spec.generated.ts is what the option tables make now (npx tsx scripts/make-completion-spec.ts)', async t => {
	t.deepEqual(completionSpec, JSON.parse(JSON.stringify(await buildCompletionSpec())));
});

test('a Tab (completion --complete) loads no commander, conf, Ink, React, SDK or API model', t => {
	const meta = JSON.parse(fs.readFileSync('build/meta.json', 'utf8')) as {outputs: Record<string, {imports: Array<{path: string; kind: string}>; inputs: Record<string, unknown>}>};
	const holding = (input: string) => Object.keys(meta.outputs).find(file => Object.keys(meta.outputs[file]!.inputs).includes(input))!;
	// Every file complete.ts's chunk loads statically, and theirs.
	const loaded = new Set<string>();
	const visit = (file: string) => {
		if (loaded.has(file)) {
			return;
		}

		loaded.add(file);
		for (const imported of meta.outputs[file]?.imports ?? []) {
			if (imported.kind === 'import-statement' && meta.outputs[imported.path]) {
				visit(imported.path);
			}
		}
	};

	visit(holding('source/completion/complete.ts'));
	const inputs = [...loaded].flatMap(file => Object.keys(meta.outputs[file]!.inputs));
	for (const heavy of ['node_modules/commander/', 'node_modules/conf/', 'node_modules/ink/', 'node_modules/react/', '@aws-sdk/', 'source/model/ivs-realtime-2020-07-14.json', 'source/args/options.ts']) {
		t.false(inputs.some(input => input.includes(heavy)), heavy);
	}

	t.true(inputs.includes('source/completion/candidates.ts'));
});
