// Limber's own ESLint rule: the result of a write must be acted on. Every operation that can
// fail returns a Result (core/result.ts) or a WriteResult (storage/errors.ts), both unions of
// `{ ok: true, … }` and `{ ok: false, … }`; a statement that drops one (`save()`, `void save()`,
// `save().catch(console.error)`, `await save()`) or a handler that hands one back to a caller
// that throws it away (`onclick={() => save()}`) is how "saved" came to be said of writes that
// failed. The rule reads types, so it needs typed linting (parserOptions.projectService).
import ts from 'typescript';

/** How deep promises of promises are followed. */
const DEPTH = 3;

/** Whether a type can be awaited (has a `then`). */
function thenable(type) {
	return type.getProperty('then') !== undefined;
}

/** The `true` or `false` an object type's `ok` is declared as, if it is one of them. */
function okLiteral(checker, type) {
	const ok = type.getProperty('ok');
	if (!ok) return undefined;
	const okType = checker.getTypeOfSymbol(ok);
	if (!(okType.flags & ts.TypeFlags.BooleanLiteral)) return undefined;
	return checker.typeToString(okType);
}

/**
 * Whether a value of this type is, or resolves to, a result: a union holding both an
 * `{ ok: true }` and an `{ ok: false }` member, possibly with other members (`| undefined`,
 * `false` from `cond && save()`), possibly behind promises.
 */
export function holdsResult(checker, type, depth = 0) {
	const parts = type.isUnion() ? type.types : [type];
	let success = false;
	let failure = false;
	for (const part of parts) {
		if (thenable(part)) {
			const awaited = checker.getAwaitedType(part);
			if (awaited && awaited !== part && depth < DEPTH && holdsResult(checker, awaited, depth + 1))
				return true;
			continue;
		}
		const ok = okLiteral(checker, part);
		if (ok === 'true') success = true;
		if (ok === 'false') failure = true;
	}
	return success && failure;
}

const isVoid = (node) => node.type === 'UnaryExpression' && node.operator === 'void';

/**
 * Whether a function type's every call signature returns what its caller does not read: `void`
 * (alone or beside something else, as `$effect`'s `void | (() => void)`), `any` or `unknown`.
 */
function returnsIgnored(checker, type) {
	const parts = type.isUnion() ? type.types : [type];
	const signatures = parts.flatMap((part) => part.getCallSignatures());
	if (signatures.length === 0) return false;
	const unread = ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Void;
	return signatures.every((signature) => {
		const returned = checker.getReturnTypeOfSignature(signature);
		const returnedParts = returned.isUnion() ? returned.types : [returned];
		return returnedParts.some((part) => (part.flags & unread) !== 0);
	});
}

/** @type {import('eslint').Rule.RuleModule} */
export const noIgnoredResult = {
	meta: {
		type: 'problem',
		docs: {
			description:
				'Every write returns its result and every caller acts on it (docs/architecture.md, "One rule for every write").'
		},
		messages: {
			ignored:
				'This result is dropped: act on it (say "saved" only when ok, otherwise show the alert with Try again), never ignore or silence it.',
			handler:
				'This handler returns a result to a caller that throws it away: act on it in the handler (say "saved" only when ok, otherwise show the alert with Try again).'
		},
		schema: []
	},
	create(context) {
		const services = context.sourceCode.parserServices;
		if (!services?.program || !services.esTreeNodeToTSNodeMap) {
			throw new Error(
				'limber/no-ignored-result reads types: lint this file with parserOptions.projectService.'
			);
		}
		const checker = services.program.getTypeChecker();

		const tsNode = (node) => services.esTreeNodeToTSNodeMap.get(node);
		const typeOf = (node) => checker.getTypeAtLocation(tsNode(node));

		function checkValue(node, reportOn) {
			// `(a, b)`: what comes before the last comma is checked on its own, below.
			if (node.type === 'SequenceExpression') {
				const last = node.expressions[node.expressions.length - 1];
				if (last) checkValue(last, last);
				return;
			}
			// Assigned, so kept: what happens to it next is the variable's business. A `void`
			// drops it wherever it stands, and is checked on its own below.
			if (node.type === 'AssignmentExpression' || isVoid(node)) return;
			if (holdsResult(checker, typeOf(node)))
				context.report({ node: reportOn, messageId: 'ignored' });
		}

		/**
		 * A function that returns a result, handed to a caller whose type says it reads nothing
		 * back (an event handler, `forEach`): `onclick={() => save()}`, `onclick={save}`.
		 */
		function checkHandler(node) {
			const signatures = typeOf(node).getCallSignatures();
			const returnsResult = signatures.some((signature) =>
				holdsResult(checker, checker.getReturnTypeOfSignature(signature))
			);
			if (!returnsResult) return;
			const expected = checker.getContextualType(tsNode(node));
			if (expected && returnsIgnored(checker, checker.getNonNullableType(expected))) {
				context.report({
					node: node.type === 'ArrowFunctionExpression' ? node.body : node,
					messageId: 'handler'
				});
			}
		}

		const isReference = (node) => node.type === 'Identifier' || node.type === 'MemberExpression';

		return {
			ExpressionStatement(node) {
				checkValue(node.expression, node);
			},
			// `void save()` drops the result wherever it stands.
			UnaryExpression(node) {
				if (isVoid(node)) checkValue(node.argument, node);
			},
			// `(save(), 1)` drops every value but the last.
			SequenceExpression(node) {
				for (const part of node.expressions.slice(0, -1)) checkValue(part, part);
			},
			ArrowFunctionExpression: checkHandler,
			FunctionExpression: checkHandler,
			CallExpression(node) {
				// `save().then(() => …)`: a callback that takes no argument never reads the result.
				const { callee } = node;
				const [onFulfilled] = node.arguments;
				if (
					callee.type === 'MemberExpression' &&
					!callee.computed &&
					callee.property.type === 'Identifier' &&
					callee.property.name === 'then' &&
					onFulfilled &&
					(onFulfilled.type === 'ArrowFunctionExpression' ||
						onFulfilled.type === 'FunctionExpression') &&
					onFulfilled.params.length === 0 &&
					holdsResult(checker, typeOf(callee.object))
				) {
					context.report({ node, messageId: 'ignored' });
				}
				for (const argument of node.arguments) if (isReference(argument)) checkHandler(argument);
			},
			// `onclick={save}` in a Svelte template.
			'SvelteAttribute > SvelteMustacheTag'(node) {
				if (isReference(node.expression)) checkHandler(node.expression);
			}
		};
	}
};

/** The plugin as eslint.config.js registers it: `limber/no-ignored-result`. */
export default {
	meta: { name: 'limber' },
	rules: { 'no-ignored-result': noIgnoredResult }
};
