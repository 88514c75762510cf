// `npm run lint`: ESLint's and typescript-eslint's recommended rules with type information, and the
// two rules of React hooks. Type-aware, because the rules that catch real bugs here need the types:
// a promise nobody awaits, an `any` leaking out of a parsed file into the request, a method losing
// its `this`.
//
// typescript-eslint needs TypeScript's JavaScript API, which TypeScript 7 no longer ships (and
// typescript-eslint supports TypeScript < 6.1 only). So package.json gives the name `typescript` to
// TypeScript 6.0 (@typescript/typescript6, whose binary is `tsc6`) for ESLint, and takes `tsc` from
// TypeScript 7 (@typescript/native): the side-by-side setup TypeScript 7's release notes describe.
// `npm run typecheck` stays on TypeScript 7. Drop the alias once typescript-eslint reads TypeScript 7.
import js from '@eslint/js';
import {defineConfig} from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		// Generated files are checked by the test that regenerates them, not by hand-written rules.
		ignores: ['dist/', 'build/', 'node_modules/', 'test/fixtures/', '**/*.generated.ts'],
	},
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
			globals: globals.node,
		},
		linterOptions: {
			reportUnusedDisableDirectives: 'error',
			reportUnusedInlineConfigs: 'error',
		},
		rules: {
			// A name that starts with `_` is unused on purpose: a rest pattern leaving a field out, a
			// parameter a signature needs.
			'@typescript-eslint/no-unused-vars': ['error', {
				argsIgnorePattern: '^_',
				varsIgnorePattern: '^_',
				caughtErrorsIgnorePattern: '^_',
				destructuredArrayIgnorePattern: '^_',
				ignoreRestSiblings: true,
			}],
			// A variable assigned once but read before that (by a closure made earlier) stays a `let`.
			'prefer-const': ['error', {ignoreReadBeforeAssign: true}],
			// All nine `String(value)` it reported were wire values typed `unknown`, which TypeScript
			// widens to `{}` after a null check or `?? ''` and cannot narrow past objects: scalars at
			// that point, never an object, and the rule cannot tell. Objects in template literals are
			// still caught (@typescript-eslint/restrict-template-expressions).
			'@typescript-eslint/no-base-to-string': 'off',
			// Control characters are what this program finds and neutralises (service text, file
			// values, terminal output in tests): a regular expression naming them is the point.
			'no-control-regex': 'off',
			// An `async` function without `await` still means something here: it implements a
			// Promise-returning port (the SDK's signer, the services port, its fakes in tests), and
			// `async` turns a throw into a rejection as the real implementation's would be.
			'@typescript-eslint/require-await': 'off',
			// Every loop here that awaits is sequential on purpose: prompts asked one after another,
			// pages that need the previous page's token, retries, pty tests that type and then wait
			// for the screen. Stated once here instead of once per loop.
			'no-await-in-loop': 'off',
		},
	},
	{
		files: ['**/*.{ts,tsx}'],
		plugins: {'react-hooks': reactHooks},
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'error',
		},
	},
	{
		// Tests parse what the CLI and the emulator print (JSON.parse gives `any`) and assert on it:
		// a wrong field fails the assertion, so typing every wire shape again would add nothing.
		files: ['test/**'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
	{
		files: ['**/*.{js,mjs,cjs}'],
		extends: [tseslint.configs.disableTypeChecked],
	},
);
