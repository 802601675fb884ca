// Routines as links and files. A link carries the routine in its fragment (never sent to any
// server) as compact JSON plus a checksum, base64url-encoded. Links and files are capped in
// size, read for their shape, then held to the editor's limits (routineBeyond, as a backup
// is), so a damaged, oversized or hostile one is refused with a clear message, and what
// comes out has only the fields Limber knows.
import * as v from 'valibot';
import type { RoutineStep } from './model';
import { stripBidi } from './plan-limits';
import { fail, ok, type Result } from './result';
import { slug } from './words';
import { routineBeyond, type RoutineBeyond, type RoutineDraft } from './routine-rules';

export const SHARE_VERSION = 1;
/** The prerendered page that opens shared links. */
export const SHARE_PATH = '/routines/shared';
/**
 * Longest payload accepted, in characters. The largest routine the limits allow (40 steps,
 * a full name and notes even in characters JSON must escape) encodes to under 7 KB, so every
 * routine that can be saved can be shared; anything longer is not a Limber link.
 */
export const MAX_LINK_CHARS = 8 * 1024;
/** Largest routine file read; an exported routine at the limits is about 9 KB. */
export const MAX_FILE_BYTES = 64 * 1024;
export const FILE_FORMAT = 'limber-routine';

/**
 * Why a link or a file was not opened, as a code (components say it in words): what is wrong
 * with it as a whole; its shape, naming the step when there is one (`detail` 'step-form': a step
 * with neither or both of a hold and repetitions); or how it goes beyond the editor's limits.
 */
export type ShareProblem =
	| {
			code:
				| 'link-missing'
				| 'link-too-long'
				| 'link-damaged'
				| 'link-newer'
				| 'file-empty'
				| 'file-too-big'
				| 'file-unreadable'
				| 'file-not-json'
				| 'file-not-routine'
				| 'file-newer';
	  }
	| { code: 'link-invalid' | 'file-invalid'; detail: 'step-form' | 'malformed'; step?: number }
	| { code: 'beyond'; beyond: RoutineBeyond };

const LINK_ERRORS = {
	missing: { code: 'link-missing' },
	tooLong: { code: 'link-too-long' },
	damaged: { code: 'link-damaged' },
	newer: { code: 'link-newer' }
} as const satisfies Record<string, ShareProblem>;

export const FILE_ERRORS = {
	empty: { code: 'file-empty' },
	tooBig: { code: 'file-too-big' },
	unreadable: { code: 'file-unreadable' },
	notJson: { code: 'file-not-json' },
	notRoutine: { code: 'file-not-routine' },
	newer: { code: 'file-newer' }
} as const satisfies Record<string, ShareProblem>;

/** valibot's message for a step with neither or both of a hold and repetitions. */
const STEP_FORM = 'step-form';

// ---------- Schemas ----------

/**
 * The shape of a routine's fields, and nothing about their limits: those are the editor's,
 * checked once the routine is read (routineBeyond), so a link or a file too long or too
 * big is told in the same words as a backup. The text's size bounds every list and string.
 */
const fields = {
	text: v.pipe(v.string(), v.transform(stripBidi), v.trim()),
	exerciseId: v.pipe(v.string(), v.maxLength(64)),
	number: v.optional(v.number()),
	flag: v.optional(v.boolean(), false)
};

/** A hold or reps given as loose fields, to one RoutineStep hold; undefined when neither or both. */
function holdFrom(
	holdSeconds: number | undefined,
	reps: number | undefined,
	secondsPerRep: number | undefined
): RoutineStep['hold'] | undefined {
	if (holdSeconds !== undefined && reps === undefined && secondsPerRep === undefined) {
		return { seconds: holdSeconds };
	}
	if (holdSeconds === undefined && reps !== undefined && secondsPerRep !== undefined) {
		return { reps, secondsPerRep };
	}
	return undefined;
}

/** The link form: one-letter keys keep a 40-step routine short enough for a URL. */
function linkSchema() {
	const step = v.pipe(
		v.object({
			e: fields.exerciseId,
			h: fields.number,
			n: fields.number,
			q: fields.number,
			b: fields.flag,
			w: fields.flag,
			r: v.optional(v.number(), 0)
		}),
		v.check((s) => holdFrom(s.h, s.n, s.q) !== undefined, STEP_FORM),
		v.transform((s): RoutineStep => ({
			exerciseId: s.e,
			hold: holdFrom(s.h, s.n, s.q)!,
			perSide: s.b,
			restAfterSeconds: s.r,
			...(s.w ? { untimed: true } : {})
		}))
	);
	return v.object({
		v: v.literal(SHARE_VERSION),
		t: fields.text,
		p: v.optional(fields.text, ''),
		s: v.array(step)
	});
}

/** The file form: the model's own field names, readable and editable by hand. */
function fileSchema() {
	const step = v.pipe(
		v.object({
			exerciseId: fields.exerciseId,
			hold: v.object(
				{ seconds: fields.number, reps: fields.number, secondsPerRep: fields.number },
				STEP_FORM
			),
			perSide: fields.flag,
			restAfterSeconds: v.optional(v.number(), 0),
			untimed: fields.flag
		}),
		v.check(
			(s) => holdFrom(s.hold.seconds, s.hold.reps, s.hold.secondsPerRep) !== undefined,
			STEP_FORM
		),
		v.transform((s): RoutineStep => ({
			exerciseId: s.exerciseId,
			hold: holdFrom(s.hold.seconds, s.hold.reps, s.hold.secondsPerRep)!,
			perSide: s.perSide,
			restAfterSeconds: s.restAfterSeconds,
			...(s.untimed ? { untimed: true } : {})
		}))
	);
	return v.object({
		format: v.literal(FILE_FORMAT),
		version: v.literal(SHARE_VERSION),
		routine: v.object({
			title: fields.text,
			purpose: v.optional(fields.text, ''),
			steps: v.array(step)
		})
	});
}

/** The first issue, as something a person can act on, naming the step (from 0) when there is one. */
function invalid(
	code: 'link-invalid' | 'file-invalid',
	issues: readonly v.BaseIssue<unknown>[]
): ShareProblem {
	const issue = issues[0];
	const detail = issue?.message === STEP_FORM ? 'step-form' : 'malformed';
	const keys = (issue?.path ?? []).map((item) => item.key);
	const at = keys.findIndex((key) => key === 's' || key === 'steps');
	const index = keys[at + 1];
	return at >= 0 && typeof index === 'number' ? { code, detail, step: index } : { code, detail };
}

/** The routine read, or how it goes beyond what the editor allows. */
function withinLimits(
	draft: RoutineDraft,
	isKnownExercise: (id: string) => boolean
): Result<RoutineDraft, ShareProblem> {
	const beyond = routineBeyond(draft, isKnownExercise);
	return beyond === null ? ok(draft) : fail({ code: 'beyond', beyond });
}

// ---------- Bytes ----------

/** FNV-1a: enough to notice a link that was cut or changed on the way; not a security check. */
function checksum(bytes: Uint8Array): number {
	let hash = 0x811c9dc5;
	for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
	return hash;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
	const padded =
		text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
	let binary: string;
	try {
		binary = atob(padded);
	} catch {
		return null;
	}
	const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
	// One byte string has exactly one spelling; any other (unused bits set) was altered.
	return toBase64Url(bytes) === text ? bytes : null;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return { ok: false };
	}
}

const field = (value: unknown, key: string): unknown =>
	typeof value === 'object' && value !== null && Object.hasOwn(value, key)
		? (value as Record<string, unknown>)[key]
		: undefined;

const isNewer = (version: unknown) => typeof version === 'number' && version > SHARE_VERSION;

// ---------- Links ----------

function compact(draft: RoutineDraft) {
	const purpose = draft.purpose.trim();
	return {
		v: SHARE_VERSION,
		t: draft.title.trim(),
		...(purpose ? { p: purpose } : {}),
		s: draft.steps.map((step) => ({
			e: step.exerciseId,
			...('seconds' in step.hold
				? { h: step.hold.seconds }
				: { n: step.hold.reps, q: step.hold.secondsPerRep }),
			...(step.perSide ? { b: true } : {}),
			...(step.restAfterSeconds ? { r: step.restAfterSeconds } : {}),
			...(step.untimed ? { w: true } : {})
		}))
	};
}

/** The routine as a link payload: base64url of compact JSON followed by its checksum. */
export function encodeRoutine(draft: RoutineDraft): string {
	return encodePayload(compact(draft));
}

/** Any JSON value as a payload; encodeRoutine's lower half, open so tests can craft links. */
export function encodePayload(value: unknown): string {
	const json = new TextEncoder().encode(JSON.stringify(value));
	const bytes = new Uint8Array(json.length + 4);
	bytes.set(json);
	new DataView(bytes.buffer).setUint32(json.length, checksum(json));
	return toBase64Url(bytes);
}

/** Reads a link payload back into a routine, or says plainly why it cannot. */
export function decodeRoutine(
	payload: string | null | undefined,
	isKnownExercise: (id: string) => boolean
): Result<RoutineDraft, ShareProblem> {
	if (!payload) return fail(LINK_ERRORS.missing);
	if (payload.length > MAX_LINK_CHARS) return fail(LINK_ERRORS.tooLong);
	const bytes = fromBase64Url(payload);
	if (!bytes || bytes.length <= 4) return fail(LINK_ERRORS.damaged);
	const json = bytes.subarray(0, bytes.length - 4);
	const sum = new DataView(bytes.buffer, bytes.byteOffset).getUint32(json.length);
	if (sum !== checksum(json)) return fail(LINK_ERRORS.damaged);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(json);
	} catch {
		return fail(LINK_ERRORS.damaged);
	}
	const parsed = parseJson(text);
	if (!parsed.ok) return fail(LINK_ERRORS.damaged);
	if (isNewer(field(parsed.value, 'v'))) return fail(LINK_ERRORS.newer);
	const result = v.safeParse(linkSchema(), parsed.value);
	if (!result.success) {
		return fail(invalid('link-invalid', result.issues));
	}
	const { t, p, s } = result.output;
	return withinLimits({ title: t, purpose: p, steps: s }, isKnownExercise);
}

/**
 * The full link that opens the routine in Limber, offline too; `path` is the shared routine's
 * page in a language ("/es/routines/shared"), SHARE_PATH (English) by default.
 */
export function routineLink(origin: string, draft: RoutineDraft, path = SHARE_PATH): string {
	return `${origin}${path}#r=${encodeRoutine(draft)}`;
}

/** The payload in a link's fragment ("#r=…"), or null when there is none. */
export function payloadFromHash(hash: string): string | null {
	return new URLSearchParams(hash.replace(/^#/, '')).get('r');
}

// ---------- Files ----------

/** The routine as a JSON file to keep or send; the model's field names, nothing device-specific. */
export function routineFile(draft: RoutineDraft): string {
	const routine = {
		title: draft.title.trim(),
		purpose: draft.purpose.trim(),
		steps: draft.steps.map(({ exerciseId, hold, perSide, restAfterSeconds, untimed }) => ({
			exerciseId,
			hold,
			perSide,
			restAfterSeconds,
			...(untimed ? { untimed } : {})
		}))
	};
	return `${JSON.stringify({ format: FILE_FORMAT, version: SHARE_VERSION, routine }, null, '\t')}\n`;
}

/** A file name for the export: "limber-morning-stretch.json". */
export function routineFileName(title: string): string {
	return `limber-${slug(title, 'routine')}.json`;
}

/** Reads an exported routine file back, or says plainly why it cannot. */
export function parseRoutineFile(
	text: string,
	isKnownExercise: (id: string) => boolean
): Result<RoutineDraft, ShareProblem> {
	if (text.length > MAX_FILE_BYTES) return fail(FILE_ERRORS.tooBig);
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') return fail(FILE_ERRORS.empty);
	const parsed = parseJson(body);
	if (!parsed.ok) return fail(FILE_ERRORS.notJson);
	if (field(parsed.value, 'format') !== FILE_FORMAT) return fail(FILE_ERRORS.notRoutine);
	if (isNewer(field(parsed.value, 'version'))) return fail(FILE_ERRORS.newer);
	const result = v.safeParse(fileSchema(), parsed.value);
	if (!result.success) {
		return fail(invalid('file-invalid', result.issues));
	}
	return withinLimits(result.output.routine, isKnownExercise);
}
