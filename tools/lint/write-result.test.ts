// limber/no-ignored-result: a write's result is acted on, never dropped. Linted with types, as
// eslint.config.js lints src/, against a small project of its own (fixture/).
import { fileURLToPath } from 'node:url';
import { RuleTester } from 'eslint';
import svelteConfigs from 'eslint-plugin-svelte';
import ts from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import { noIgnoredResult } from './write-result.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const fixture = fileURLToPath(new URL('./fixture', import.meta.url));
const parserOptions = { projectService: true, tsconfigRootDir: fixture };
const tsFile = `${fixture}/file.ts`;

// The two result shapes of the app (core/result.ts, storage/errors.ts) and writes returning them.
const prelude = `
type Result<T = undefined, E = string> = { ok: true; value: T } | { ok: false; error: E };
type WriteResult = { ok: true; persisted: boolean } | { ok: false; error: Error };
declare function save(): Promise<WriteResult>;
declare function saveNow(): Result<number>;
declare function load(): Promise<string[]>;
declare function show(text: string): void;
declare const settings: { set(key: string, value: boolean): Promise<WriteResult> };
declare const flag: boolean;
`;

const typed = new RuleTester({
	languageOptions: { parser: ts.parser, parserOptions }
});

const cases = {
	valid: [
		// Acted on.
		{ code: `${prelude} async function f() { const r = await save(); if (!r.ok) show('no'); }` },
		{ code: `${prelude} async function f() { return save(); }` },
		{ code: `${prelude} function f() { const r = saveNow(); return r.ok ? r.value : 0; }` },
		{ code: `${prelude} let r: WriteResult | undefined; async function f() { r = await save(); }` },
		{ code: `${prelude} void save().then((r) => show(r.ok ? 'saved' : 'not saved'));` },
		// Not a result.
		{ code: `${prelude} void load(); load().catch(console.error);` },
		{ code: `${prelude} const o = { ok: true }; o;` },
		// A callback whose value its caller reads.
		{ code: `${prelude} const all = Promise.all([1, 2].map(() => save()));` },
		{
			code: `${prelude} async function run(a: () => Promise<unknown>) { await a(); } run(() => save());`
		}
	],
	invalid: [
		{ code: `${prelude} save();`, errors: [{ messageId: 'ignored' }] },
		{ code: `${prelude} saveNow();`, errors: [{ messageId: 'ignored' }] },
		{ code: `${prelude} void save();`, errors: [{ messageId: 'ignored' }] },
		{
			code: `${prelude} void settings.set('voice', true).catch(console.error);`,
			errors: [{ messageId: 'ignored' }]
		},
		{ code: `${prelude} save().catch(console.error);`, errors: [{ messageId: 'ignored' }] },
		{ code: `${prelude} async function f() { await save(); }`, errors: [{ messageId: 'ignored' }] },
		{ code: `${prelude} flag && save();`, errors: [{ messageId: 'ignored' }] },
		{ code: `${prelude} save().then(() => show('saved'));`, errors: [{ messageId: 'ignored' }] },
		{ code: `${prelude} const n = (save(), 1);`, errors: [{ messageId: 'ignored' }] },
		{
			code: `${prelude} [true, false].forEach((on) => settings.set('voice', on));`,
			errors: [{ messageId: 'handler' }]
		},
		{
			code: `${prelude} document.body.addEventListener('click', save);`,
			errors: [{ messageId: 'handler' }]
		}
	]
};
typed.run('no-ignored-result', noIgnoredResult, {
	valid: cases.valid.map((c) => ({ ...c, filename: tsFile })),
	invalid: cases.invalid.map((c) => ({ ...c, filename: tsFile }))
});

// The parser eslint-plugin-svelte lints components with.
const svelteParser = svelteConfigs.configs.base.find((c) => c.files?.includes('*.svelte'))
	?.languageOptions?.parser;
const svelte = new RuleTester({
	languageOptions: {
		parser: svelteParser,
		parserOptions: { ...parserOptions, parser: ts.parser, extraFileExtensions: ['.svelte'] }
	}
});
const filename = `${fixture}/Fixture.svelte`;
const script = `<script lang="ts">
	type WriteResult = { ok: true; persisted: boolean } | { ok: false; error: Error };
	declare function save(): Promise<WriteResult>;
	let said = $state('');
	async function saveAndSay() {
		const r = await save();
		said = r.ok ? 'Saved' : 'Not saved';
	}
</script>`;

svelte.run('no-ignored-result in a component', noIgnoredResult, {
	valid: [{ filename, code: `${script}<button onclick={saveAndSay}>Save</button><p>{said}</p>` }],
	invalid: [
		{
			filename,
			code: `${script}<button onclick={() => save()}>Save</button>`,
			errors: [{ messageId: 'handler' }]
		},
		{
			filename,
			code: `${script}<button onclick={save}>Save</button>`,
			errors: [{ messageId: 'handler' }]
		},
		{
			filename,
			code: `${script}<button onclick={() => { void save(); }}>Save</button>`,
			errors: [{ messageId: 'ignored' }]
		}
	]
});
