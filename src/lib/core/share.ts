// Routines as links and files. A link carries the routine in its fragment (never sent to any
// server) as compact JSON plus a checksum, base64url-encoded. Links and files are capped in
// size and checked field by field, so a damaged, oversized or hostile one is refused with a
// clear message, and what comes out has only the fields Limber knows.
import * as v from 'valibot';
import { stripBidi } from './plan-limits';
import type { RoutineStep } from './model';
import { MESSAGES, ROUTINE_LIMITS, type RoutineDraft } from './routine-rules';

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

export type DecodeResult = { ok: true; routine: RoutineDraft } | { ok: false; error: string };

export const LINK_ERRORS = {
	missing: 'This link has no routine in it. Ask for the link again.',
	tooLong: 'This link is too long to be a Limber routine, so it was not opened.',
	damaged:
		'This link is damaged: part of it is missing or was changed on the way. Ask for the link again.',
	newer:
		'This routine was shared from a newer version of Limber. Update Limber, then open the link again.',
	invalid: 'This link does not hold a routine Limber can use.'
} as const;

export const FILE_ERRORS = {
	empty: 'This file is empty.',
	tooBig: 'This file is too large to be a Limber routine, so it was not read.',
	unreadable: "This file couldn't be read. Try choosing it again.",
	notJson: 'This file is not a Limber routine: it is not readable JSON.',
	notRoutine: 'This file is not a Limber routine.',
	newer: 'This file was exported from a newer version of Limber. Update Limber, then try again.',
	invalid: "This file's routine can't be used."
} as const;

const STEP_FORM = 'Each step needs either a hold time or a number of repetitions.';
const MALFORMED = 'Part of it is missing or in the wrong form.';
/** Messages written for people; any other issue is summed up as MALFORMED. */
const FRIENDLY = new Set<string>([...Object.values(MESSAGES), STEP_FORM]);

// ---------- Schemas ----------

const L = ROUTINE_LIMITS;
type Range = { readonly min: number; readonly max: number };

const whole = (range: Range, message: string) =>
	v.pipe(
		v.number(message),
		v.integer(message),
		v.minValue(range.min, message),
		v.maxValue(range.max, message)
	);

function fieldSchemas(isKnownExercise: (id: string) => boolean) {
	return {
		title: v.pipe(
			v.string(MESSAGES.titleMissing),
			v.transform(stripBidi),
			v.trim(),
			v.minLength(1, MESSAGES.titleMissing),
			v.maxLength(L.titleMax, MESSAGES.titleLong)
		),
		purpose: v.optional(
			v.pipe(
				v.string(MESSAGES.purposeLong),
				v.transform(stripBidi),
				v.trim(),
				v.maxLength(L.purposeMax, MESSAGES.purposeLong)
			),
			''
		),
		exerciseId: v.pipe(
			v.string(MESSAGES.exerciseUnknown),
			v.maxLength(64, MESSAGES.exerciseUnknown),
			v.check(isKnownExercise, MESSAGES.exerciseUnknown)
		),
		hold: v.optional(whole(L.holdSeconds, MESSAGES.hold)),
		reps: v.optional(whole(L.reps, MESSAGES.reps)),
		secondsPerRep: v.optional(whole(L.secondsPerRep, MESSAGES.secondsPerRep)),
		perSide: v.optional(v.boolean(), false),
		untimed: v.optional(v.boolean(), false),
		rest: v.optional(whole(L.restSeconds, MESSAGES.rest), 0)
	};
}

const steps = <T extends v.GenericSchema<unknown, RoutineStep>>(step: T) =>
	v.pipe(
		v.array(step),
		v.minLength(L.stepsMin, MESSAGES.stepsMissing),
		v.maxLength(L.stepsMax, MESSAGES.stepsMany)
	);

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
function linkSchema(isKnownExercise: (id: string) => boolean) {
	const f = fieldSchemas(isKnownExercise);
	const step = v.pipe(
		v.object({
			e: f.exerciseId,
			h: f.hold,
			n: f.reps,
			q: f.secondsPerRep,
			b: f.perSide,
			w: f.untimed,
			r: f.rest
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
	return v.object({ v: v.literal(SHARE_VERSION), t: f.title, p: f.purpose, s: steps(step) });
}

/** The file form: the model's own field names, readable and editable by hand. */
function fileSchema(isKnownExercise: (id: string) => boolean) {
	const f = fieldSchemas(isKnownExercise);
	const step = v.pipe(
		v.object({
			exerciseId: f.exerciseId,
			hold: v.object({ seconds: f.hold, reps: f.reps, secondsPerRep: f.secondsPerRep }, STEP_FORM),
			perSide: f.perSide,
			restAfterSeconds: f.rest,
			untimed: f.untimed
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
		routine: v.object({ title: f.title, purpose: f.purpose, steps: steps(step) })
	});
}

/** The first issue in words a person can act on, naming the step when there is one. */
function detail(issues: readonly v.BaseIssue<unknown>[]): string {
	const issue = issues[0];
	if (!issue) return MALFORMED;
	const message = FRIENDLY.has(issue.message) ? issue.message : MALFORMED;
	const keys = (issue.path ?? []).map((item) => item.key);
	const at = keys.findIndex((key) => key === 's' || key === 'steps');
	const index = keys[at + 1];
	return at >= 0 && typeof index === 'number' ? `Step ${index + 1}: ${message}` : message;
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
): DecodeResult {
	if (!payload) return { ok: false, error: LINK_ERRORS.missing };
	if (payload.length > MAX_LINK_CHARS) return { ok: false, error: LINK_ERRORS.tooLong };
	const bytes = fromBase64Url(payload);
	if (!bytes || bytes.length <= 4) return { ok: false, error: LINK_ERRORS.damaged };
	const json = bytes.subarray(0, bytes.length - 4);
	const sum = new DataView(bytes.buffer, bytes.byteOffset).getUint32(json.length);
	if (sum !== checksum(json)) return { ok: false, error: LINK_ERRORS.damaged };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(json);
	} catch {
		return { ok: false, error: LINK_ERRORS.damaged };
	}
	const parsed = parseJson(text);
	if (!parsed.ok) return { ok: false, error: LINK_ERRORS.damaged };
	if (isNewer(field(parsed.value, 'v'))) return { ok: false, error: LINK_ERRORS.newer };
	const result = v.safeParse(linkSchema(isKnownExercise), parsed.value);
	if (!result.success) {
		return { ok: false, error: `${LINK_ERRORS.invalid} ${detail(result.issues)}` };
	}
	const { t, p, s } = result.output;
	return { ok: true, routine: { title: t, purpose: p, steps: s } };
}

/** The full link that opens the routine in Limber, offline too. */
export function routineLink(origin: string, draft: RoutineDraft): string {
	return `${origin}${SHARE_PATH}#r=${encodeRoutine(draft)}`;
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
	const slug = title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	return `limber-${slug || 'routine'}.json`;
}

/** Reads an exported routine file back, or says plainly why it cannot. */
export function parseRoutineFile(
	text: string,
	isKnownExercise: (id: string) => boolean
): DecodeResult {
	if (text.length > MAX_FILE_BYTES) return { ok: false, error: FILE_ERRORS.tooBig };
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') return { ok: false, error: FILE_ERRORS.empty };
	const parsed = parseJson(body);
	if (!parsed.ok) return { ok: false, error: FILE_ERRORS.notJson };
	if (field(parsed.value, 'format') !== FILE_FORMAT)
		return { ok: false, error: FILE_ERRORS.notRoutine };
	if (isNewer(field(parsed.value, 'version'))) return { ok: false, error: FILE_ERRORS.newer };
	const result = v.safeParse(fileSchema(isKnownExercise), parsed.value);
	if (!result.success) {
		return { ok: false, error: `${FILE_ERRORS.invalid} ${detail(result.issues)}` };
	}
	return { ok: true, routine: result.output.routine };
}
