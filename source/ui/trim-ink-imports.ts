// Start-up: Ink imports one function, `throttle`, from es-toolkit's `compat` entry, and that entry
// loads all of es-toolkit's compat layer — some 400 modules, about a third of the time to the
// first frame. A resolve hook points that one import at the module that defines `throttle`. Where
// the hook API or that file is missing, nothing changes and Ink loads as it always would.
import {existsSync} from 'node:fs';
import module from 'node:module';
import {fileURLToPath} from 'node:url';

let installed = false;

export function trimInkImports(): void {
	if (installed || typeof module.registerHooks !== 'function') {
		return;
	}

	installed = true;
	module.registerHooks({
		resolve(specifier, context, nextResolve) {
			if (specifier === 'es-toolkit/compat' && context.parentURL?.includes('/node_modules/ink/')) {
				// Resolved from Ink itself, so it is Ink's copy of es-toolkit. `compat/throttle` re-exports
				// the function as default only; Ink wants it by name, from the module beside it.
				const entry = nextResolve('es-toolkit/compat/throttle', context);
				const target = new URL('../dist/compat/function/throttle.mjs', entry.url);
				if (target.protocol === 'file:' && existsSync(fileURLToPath(target))) {
					return {url: target.href, format: 'module', shortCircuit: true};
				}
			}

			return nextResolve(specifier, context);
		},
	});
}
