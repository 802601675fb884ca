// Tiny stick-figure kit for Limber's exercise pictures: joints by forward/inverse kinematics,
// every shape measured as it is drawn, so each picture's frame is cropped to what it shows.
export const L = { torso: 44, neck: 17, thigh: 34, shin: 32, upper: 26, fore: 24, foot: 11 };
export const GAP = process.env.GAP === '1';

/** The frame every picture is shown in: 320 × 200, the width and height the pages reserve. */
export const FRAME = { w: 320, h: 200 };
/** Room left around the drawing inside its frame, in drawing units. */
export const PAD = 5;
/** The floor line's height; a foot or knee on the floor has its joint about 6 above it. */
export const FLOOR = 171.5;

/** Colours by role, for a light panel and a dark one; the SVG follows the page's colour scheme. */
export const PALETTE = {
	light: {
		panel: '#eef6f4',
		near: '#1f6f68',
		far: '#55948c',
		accent: '#c96a3c',
		floor: '#7d918c',
		prop: '#667f7a',
		soft: '#d2e4df',
		mat: '#d3e5e0',
		strap: '#7d5f45'
	},
	dark: {
		panel: '#1a2827',
		near: '#9ee0d7',
		far: '#5fa69d',
		accent: '#f0a27c',
		floor: '#6a7f7b',
		prop: '#93aca8',
		soft: '#2d4442',
		mat: '#253836',
		strap: '#d0a47c'
	}
};

/**
 * The drawing's classes: how each is drawn (shape rules) and which palette roles paint it.
 * `half` is half the stroke width, so shapes can be measured.
 */
const CLASSES = {
	b: { rule: '', paint: [['fill', 'panel']], half: 0 },
	f: { rule: 'stroke-width:3', paint: [['stroke', 'floor']], half: 1.5, line: true },
	m: { rule: '', paint: [['fill', 'mat']], half: 0 },
	g: { rule: 'stroke-width:30;opacity:.22', paint: [['stroke', 'accent']], half: 15, line: true },
	r: { rule: 'stroke-width:12', paint: [['stroke', 'far']], half: 6, line: true },
	t: { rule: 'stroke-width:18', paint: [['stroke', 'near']], half: 9, line: true },
	n: { rule: 'stroke-width:12', paint: [['stroke', 'near']], half: 6, line: true },
	h: { rule: '', paint: [['fill', 'near']], half: 0 },
	w: { rule: 'fill:none;stroke-width:3', paint: [['stroke', 'panel']], half: 1.5 },
	o: { rule: 'stroke-width:17', paint: [['stroke', 'panel']], half: 8.5, line: true },
	k: { rule: 'stroke-width:6', paint: [['stroke', 'accent']], half: 3, line: true },
	a: { rule: 'stroke-width:3', paint: [['stroke', 'accent']], half: 1.5, line: true },
	x: { rule: 'stroke-width:5', paint: [['stroke', 'prop']], half: 2.5, line: true },
	y: {
		rule: 'stroke-width:3',
		paint: [
			['fill', 'soft'],
			['stroke', 'prop']
		],
		half: 1.5
	},
	s: { rule: 'stroke-width:3', paint: [['stroke', 'strap']], half: 1.5, line: true }
};

const r = (v) => Math.round(v * 10) / 10;
const P = (p) => `${r(p[0])} ${r(p[1])}`;
const dir = (deg) => [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];
const add = (a, b, k = 1) => [a[0] + b[0] * k, a[1] + b[1] * k];
const lerp = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

// Bounding boxes: [minX, minY, maxX, maxY].
export const emptyBox = () => [Infinity, Infinity, -Infinity, -Infinity];
const grow = (box, p, pad = 0) => {
	box[0] = Math.min(box[0], p[0] - pad);
	box[1] = Math.min(box[1], p[1] - pad);
	box[2] = Math.max(box[2], p[0] + pad);
	box[3] = Math.max(box[3], p[1] + pad);
	return box;
};
export const unite = (a, b) => (b[0] > b[2] ? a : grow(grow(a, [b[0], b[1]]), [b[2], b[3]]));

/**
 * Something to draw on: each shape is written as SVG and measured into `box`.
 * Lines and curves are measured by their points (curves by samples), widened by the stroke.
 */
export function sketch() {
	const d = { svg: '', box: emptyBox() };
	const half = (cls) => CLASSES[cls].half;
	d.line = (cls, pts, close = false) => {
		for (const p of pts) grow(d.box, p, half(cls));
		d.svg += `<path class="${cls}" d="M${pts.map(P).join('L')}${close ? 'Z' : ''}"/>`;
		return d;
	};
	/** Several polylines in one path. */
	d.lines = (cls, list) => {
		for (const pts of list) for (const p of pts) grow(d.box, p, half(cls));
		d.svg += `<path class="${cls}" d="${list.map((pts) => `M${pts.map(P).join('L')}`).join('')}"/>`;
		return d;
	};
	/** A quadratic curve from a through control c to b. */
	d.curve = (cls, a, c, b) => {
		for (let i = 0; i <= 8; i++)
			grow(d.box, lerp(lerp(a, c, i / 8), lerp(c, b, i / 8), i / 8), half(cls));
		d.svg += `<path class="${cls}" d="M${P(a)}Q${P(c)} ${P(b)}"/>`;
		return d;
	};
	d.rect = (cls, x, y, w, h, rx = 0) => {
		grow(grow(d.box, [x, y], half(cls)), [x + w, y + h], half(cls));
		d.svg += `<rect class="${cls}" x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}"${rx ? ` rx="${r(rx)}"` : ''}/>`;
		return d;
	};
	d.ellipse = (cls, c, rx, ry, deg = 0) => {
		const a = (deg * Math.PI) / 180;
		const ex = Math.hypot(rx * Math.cos(a), ry * Math.sin(a));
		const ey = Math.hypot(rx * Math.sin(a), ry * Math.cos(a));
		grow(grow(d.box, [c[0] - ex, c[1] - ey], half(cls)), [c[0] + ex, c[1] + ey], half(cls));
		const rot = deg ? ` transform="rotate(${r(deg)} ${P(c)})"` : '';
		d.svg += `<ellipse class="${cls}" cx="${r(c[0])}" cy="${r(c[1])}" rx="${r(rx)}" ry="${r(ry)}"${rot}/>`;
		return d;
	};
	d.circle = (cls, c, rad) => {
		grow(d.box, c, rad + half(cls));
		d.svg += `<circle class="${cls}" cx="${r(c[0])}" cy="${r(c[1])}" r="${rad}"/>`;
		return d;
	};
	return d;
}

// Two-bone inverse kinematics: root a, target t, lengths l1/l2, bend side s (+1/-1).
export function ik(a, t, l1, l2, s, name = '') {
	const dx = t[0] - a[0];
	const dy = t[1] - a[1];
	let d = Math.hypot(dx, dy);
	const base = Math.atan2(dy, dx);
	if (d > l1 + l2 - 0.01) {
		if (d > l1 + l2 + 1.5) console.warn(`  ${name}: target out of reach by ${r(d - l1 - l2)}`);
		d = l1 + l2 - 0.01;
	}
	if (d < Math.abs(l1 - l2) + 0.01) d = Math.abs(l1 - l2) + 0.01;
	const ang = Math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d));
	const mid = [a[0] + l1 * Math.cos(base + s * ang), a[1] + l1 * Math.sin(base + s * ang)];
	const end = [a[0] + d * Math.cos(base), a[1] + d * Math.sin(base)];
	return [mid, end];
}

/**
 * A figure spec:
 *  hip, shoulder (or torsoAngle), bend (spine curvature), head (point) or headAngle,
 *  legs/arms: [{ to, bend, toe, cls, scale, root }], accent: [{ seg, from, to }] or pts.
 *  between(d, joints): props drawn over the far limbs and under the body (a pillow between
 *  the knees, a hand's towel).
 * Returns the SVG, the joints and the figure's own bounding box (props and accents aside).
 */
export function figure(s) {
	const hip = s.hip;
	const shoulder = s.shoulder ?? add(hip, dir(s.torsoAngle ?? -90), L.torso);
	const td = [shoulder[0] - hip[0], shoulder[1] - hip[1]];
	const tl = Math.hypot(...td);
	const perp = [-td[1] / tl, td[0] / tl];
	const mid = lerp(hip, shoulder, 0.5);
	const ctrl = add(mid, perp, s.bend ?? 0);
	const head = s.head ?? add(shoulder, dir(s.headAngle ?? -90), L.neck);
	const limb = (spec, kind, i) => {
		const root = spec.root
			? add(kind === 'leg' ? hip : shoulder, spec.root)
			: kind === 'leg'
				? hip
				: shoulder;
		const k = spec.scale ?? 1;
		const [l1, l2] = kind === 'leg' ? [L.thigh * k, L.shin * k] : [L.upper * k, L.fore * k];
		// A knee or elbow given outright draws a limb seen end-on (a thigh pointing at the viewer).
		const [m, e] = spec.knee
			? [spec.knee, spec.to]
			: spec.straight
				? [lerp(root, spec.to, l1 / (l1 + l2)), spec.to]
				: ik(root, spec.to, l1, l2, spec.bend ?? 1, `${s.name} ${kind}${i}`);
		const pts = [root, m, e];
		if (kind === 'leg' && spec.toe !== null)
			pts.push(add(e, dir(spec.toe ?? 0), L.foot * (spec.footScale ?? 1)));
		return { cls: spec.cls ?? 'n', pts, gap: spec.gap };
	};
	const legs = (s.legs ?? []).map((x, i) => limb(x, 'leg', i));
	const arms = (s.arms ?? []).map((x, i) => limb(x, 'arm', i));
	const joints = { hip, shoulder, head, legs, arms };
	const seg = (name) => {
		const [kind, i, part] = name.split('.');
		const l = (kind === 'leg' ? legs : arms)[+i];
		return [l.pts[+part], l.pts[+part + 1]];
	};
	const curvePoint = (t) => lerp(lerp(hip, ctrl, t), lerp(ctrl, shoulder, t), t);
	const accents = (s.accent ?? []).map((a) => {
		if (a.pts) return a.pts;
		if (a.seg === 'torso') {
			const out = [];
			for (let i = 0; i <= 4; i++) out.push(curvePoint(a.from + ((a.to - a.from) * i) / 4));
			return out;
		}
		const [p, q] = seg(a.seg);
		return [lerp(p, q, a.from), lerp(p, q, a.to)];
	});
	// The body is measured on its own; halos, stripes and props only widen the picture.
	const body = sketch();
	const extra = sketch();
	const out = [];
	const draw = (d, f) => {
		const before = d.svg.length;
		f(d);
		out.push(d.svg.slice(before));
	};
	if (s.halo !== false) draw(extra, (d) => accents.forEach((p) => d.line('g', p)));
	const back = [...arms, ...legs].filter((l) => l.cls === 'r');
	const front = [...legs, ...arms].filter((l) => l.cls !== 'r');
	draw(body, (d) => back.forEach((l) => d.line('r', l.pts)));
	if (s.between) draw(extra, (d) => s.between(d, joints));
	if (s.torsoOutline) draw(body, (d) => d.curve('o', hip, ctrl, shoulder));
	draw(body, (d) => d.curve(s.torsoCls ?? 't', hip, ctrl, shoulder));
	if (s.shoulders) draw(body, (d) => d.line('n', s.shoulders));
	const drawHead = (d) => {
		d.circle('h', head, 11);
		if (s.headLast) d.circle('w', head, 11);
	};
	if (!s.headLast) draw(body, drawHead);
	const onTorso = (s.accent ?? []).map((a) => a.seg === undefined || a.seg === 'torso');
	const stripes = (torso) => (d) =>
		accents.filter((_, i) => onTorso[i] === torso).forEach((p) => d.line('k', p));
	const drawLimbs = (list) => (d) =>
		list.forEach((l) => {
			if (GAP || l.gap) d.line('o', l.pts);
			d.line('n', l.pts);
		});
	const frontLegs = front.filter((l) => legs.includes(l));
	const frontArms = front.filter((l) => arms.includes(l));
	draw(extra, stripes(true));
	if (s.armsUnderLegs) {
		draw(body, drawLimbs(frontArms));
		draw(body, drawLimbs(frontLegs));
	} else {
		draw(body, drawLimbs(frontLegs));
	}
	draw(extra, stripes(false));
	if (!s.armsUnderLegs) draw(body, drawLimbs(frontArms));
	if (s.headLast) draw(body, drawHead);
	if (s.over) draw(extra, (d) => s.over(d, joints));
	return { svg: out.join(''), joints, box: body.box, extraBox: extra.box };
}

/** The drawing's style sheet, with rules only for the classes it uses, in both colour schemes. */
function css(body, { animated, still }) {
	const used = Object.keys(CLASSES).filter((c) => body.includes(`class="${c}"`));
	const lines = used.filter((c) => CLASSES[c].line);
	// One rule per declaration, listing every class that uses it.
	const grouped = (pairs) => {
		const groups = new Map();
		for (const [c, decl] of pairs) groups.set(decl, [...(groups.get(decl) ?? []), `.${c}`]);
		return [...groups].map(([decl, sel]) => `${sel.join(',')}{${decl}}`).join('');
	};
	const colour = (scheme) =>
		grouped(
			used.flatMap((c) =>
				CLASSES[c].paint.map(([prop, role]) => [c, `${prop}:${PALETTE[scheme][role]}`])
			)
		);
	const shapes = grouped(used.filter((c) => CLASSES[c].rule).map((c) => [c, CLASSES[c].rule]));
	const hidden = still === 0 ? '.q' : '.p';
	return (
		`<style>` +
		(lines.length
			? `${lines.map((c) => `.${c}`).join(',')}{fill:none;stroke-linecap:round;stroke-linejoin:round}`
			: '') +
		shapes +
		colour('light') +
		`@media (prefers-color-scheme:dark){${colour('dark')}}` +
		(animated
			? // Still by default: one frame shows. Addressed as `#play` (the player, while the step
				// runs), the two frames take turns, unless the person asks for less motion.
				// One fade, the second frame half a cycle behind the first.
				`${hidden}{opacity:0}` +
				`@media (prefers-reduced-motion:no-preference){:target .p,:target .q{animation:p 6s ease-in-out infinite}:target .q{animation-delay:-3s}}` +
				`@keyframes p{0%,40%,100%{opacity:1}50%,90%{opacity:0}}`
			: '') +
		`</style>`
	);
}

/**
 * The frame around a drawing: its box plus PAD, widened to the frame's proportions.
 * Spare height goes mostly above a drawing that stands on the ground.
 */
export function frameAround(box, grounded) {
	let [x0, y0, x1, y1] = [box[0] - PAD, box[1] - PAD, box[2] + PAD, box[3] + PAD];
	const aspect = FRAME.w / FRAME.h;
	const w = x1 - x0;
	const h = y1 - y0;
	if (w / h < aspect) {
		const extra = h * aspect - w;
		x0 -= extra / 2;
		x1 += extra / 2;
	} else {
		const extra = w / aspect - h;
		const below = grounded ? extra * 0.25 : extra / 2;
		y1 += below;
		y0 -= extra - below;
	}
	return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/**
 * One picture from its frames (figures) and props.
 * ground: 'floor' (a line at y 171.5), 'mat' (a mat on the floor under the figure), 'above'
 * (a mat seen from above, no floor) or 'none'. still: the frame shown when not playing.
 */
export function picture({ id, title, frames, props, ground = 'floor', still = 0 }) {
	const figs = frames.map((f) => figure({ name: id, ...f }));
	const propsD = sketch();
	if (props) props(propsD);
	const figureBox = figs.reduce((b, f) => unite(b, f.box), emptyBox());
	const drawn = figs.reduce((b, f) => unite(b, f.extraBox), unite(emptyBox(), figureBox));
	if (propsD.svg) unite(drawn, propsD.box);
	let under = '';
	if (ground === 'floor' || ground === 'mat') grow(drawn, [drawn[0], FLOOR], 1.5);
	let vb = frameAround(drawn, ground === 'floor' || ground === 'mat');
	if (ground === 'above') {
		const m = sketch().rect(
			'm',
			drawn[0] - 4,
			drawn[1] - 4,
			drawn[2] - drawn[0] + 8,
			drawn[3] - drawn[1] + 8,
			12
		);
		vb = frameAround(m.box, false);
		under = m.svg;
	} else if (ground === 'mat') {
		under = sketch().rect('m', figureBox[0] - 4, 164, figureBox[2] - figureBox[0] + 8, 6, 3).svg;
	}
	const edge = Math.max(PAD, vb.w * 0.03);
	const floor =
		ground === 'floor' || ground === 'mat'
			? `<path class="f" d="M${r(vb.x + edge)} ${FLOOR}H${r(vb.x + vb.w - edge)}"/>`
			: '';
	const animated = figs.length > 1;
	let body = `<rect class="b" x="${r(vb.x)}" y="${r(vb.y)}" width="${r(vb.w)}" height="${r(vb.h)}"/>`;
	body += floor + under + propsD.svg;
	body += animated ? `<g class="p">${figs[0].svg}</g><g class="q">${figs[1].svg}</g>` : figs[0].svg;
	const viewBox = `${r(vb.x)} ${r(vb.y)} ${r(vb.w)} ${r(vb.h)}`;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${FRAME.w}" height="${FRAME.h}" role="img"${animated ? ' id="play"' : ''}>` +
		`<title>${title}</title>${css(body, { animated, still })}${body}</svg>`;
	const frameBoxes = figs.map((f) => ({
		x: f.box[0],
		y: f.box[1],
		w: f.box[2] - f.box[0],
		h: f.box[3] - f.box[1]
	}));
	// Each frame's joints, so the tests can check a pose against the text it illustrates.
	const joints = figs.map((f) => f.joints);
	return { id, svg, viewBox: vb, figures: frameBoxes, joints, animated };
}

export { dir, add, lerp, P, r };
