// `npm run check:i18n`: words a person reads come from messages (src/lib/messages), never from
// a component or a page. Fails on text written into a component's markup, on a user-facing
// attribute written as text (aria-label, title, alt, placeholder…), and on a string literal of
// words in a component's script, in core/ (which returns codes: sentences are built from
// messages), content/, state/, storage/ or platform/. Files not yet moved to messages are listed in tools/i18n/pending.json: the list only
// shrinks, and a listed file that holds no words fails too, so it cannot go stale.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import ts from 'typescript';

const ROOT = new URL('../..', import.meta.url).pathname;
const SHOWN = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'label']);
/** Words: two letters in a row. Symbols, numbers and single letters ("×", "0", "s") are not words. */
const WORDS = /\p{L}{2}/u;
/** Not words a person reads: ids, paths, CSS, keys, MIME types, formats. */
const CODE_LIKE = /^(?:[a-z0-9]+(?:[-_.:/][a-z0-9]+)*|[#./][^\s]*|[A-Z_]+|\w+\/[\w.+-]+)$/;

function* filesUnder(dir, ext) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* filesUnder(path, ext);
		else if (name.endsWith(ext) && !name.endsWith('.test.ts') && !name.includes('testing.'))
			yield path;
	}
}

const isWords = (text) => WORDS.test(text) && !CODE_LIKE.test(text.trim());

/** String literals of words in a script, outside `throw new Error(…)` and type positions. */
function scriptWords(code, file) {
	const found = [];
	const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
	const visit = (node) => {
		if (ts.isThrowStatement(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node))
			return;
		if (ts.isTypeNode(node) || ts.isLiteralTypeNode(node)) return;
		if (ts.isCallExpression(node) && /^console\./.test(node.expression.getText(source))) return;
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
			// Sentences, not keys: a space between words.
			if (/\p{L}{2,}\s+\p{L}/u.test(node.text) && isWords(node.text)) found.push(node.text);
		} else if (ts.isTemplateExpression(node)) {
			const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
			if (/\p{L}{2,}\s+\p{L}/u.test(parts)) found.push(node.getText(source));
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

/** Text in markup and in shown attributes, and words in the component's script. */
export function componentWords(code, file) {
	const found = [];
	const ast = parse(code, { modern: true });
	const visit = (node) => {
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node)) return node.forEach(visit);
		if (node.type === 'Text' && isWords(node.data)) found.push(node.data.trim());
		if (node.type === 'Attribute') {
			// An attribute's own text is shown only for the attributes a person reads or hears.
			const parts = Array.isArray(node.value) ? node.value : [node.value];
			for (const part of parts) {
				if (part?.type === 'Text') {
					if (SHOWN.has(node.name) && isWords(part.data)) found.push(part.data);
				} else visit(part);
			}
			return;
		}
		for (const [key, value] of Object.entries(node)) {
			if (key !== 'parent' && key !== 'metadata' && typeof value === 'object') visit(value);
		}
	};
	visit(ast.fragment);
	for (const script of [ast.instance, ast.module]) {
		if (script)
			found.push(...scriptWords(code.slice(script.content.start, script.content.end), file));
	}
	return found;
}

export function check(root = ROOT) {
	const pending = new Set(JSON.parse(readFileSync(join(root, 'tools/i18n/pending.json'), 'utf8')));
	const problems = [];
	const files = [
		...filesUnder(join(root, 'src/lib/components'), '.svelte'),
		...filesUnder(join(root, 'src/routes'), '.svelte'),
		...['core', 'content', 'state', 'storage', 'platform'].flatMap((layer) => [
			...filesUnder(join(root, `src/lib/${layer}`), '.ts')
		])
	];
	for (const path of files) {
		const file = relative(root, path);
		const code = readFileSync(path, 'utf8');
		const words = file.endsWith('.svelte') ? componentWords(code, file) : scriptWords(code, file);
		if (pending.has(file)) {
			if (words.length === 0)
				problems.push(`${file}: holds no words now; take it off tools/i18n/pending.json`);
			pending.delete(file);
		} else {
			for (const text of words)
				problems.push(`${file}: "${text.slice(0, 60)}" belongs in src/lib/messages`);
		}
	}
	for (const gone of pending)
		problems.push(`${gone}: listed in tools/i18n/pending.json but not found`);
	return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const problems = check();
	for (const problem of problems) console.error(problem);
	if (problems.length > 0) {
		console.error(`\n${problems.length} place(s) with words outside the messages.`);
		process.exit(1);
	}
	console.log('Every word of the components and core comes from the messages.');
}
