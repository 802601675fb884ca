// Tiny stick-figure kit for Limber's exercise pictures: joints by forward/inverse kinematics,
// emitted as compact SVG paths in one shared style.
export const L = { torso: 44, neck: 17, thigh: 34, shin: 32, upper: 26, fore: 24, foot: 11 };
export const GAP = process.env.GAP === '1';
export const C = {
	card: '#eef6f4',
	near: '#1f6f68',
	far: '#74aea7',
	accent: '#e08a5f',
	floor: '#a9b6b3',
	prop: '#9db0ac',
	mat: '#d3e5e0'
};

const r = (v) => Math.round(v * 10) / 10;
const P = (p) => `${r(p[0])} ${r(p[1])}`;
const dir = (deg) => [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];
const add = (a, b, k = 1) => [a[0] + b[0] * k, a[1] + b[1] * k];
const lerp = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

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
		const [m, e] = spec.straight
			? [
					[
						root[0] + ((spec.to[0] - root[0]) * l1) / (l1 + l2),
						root[1] + ((spec.to[1] - root[1]) * l1) / (l1 + l2)
					],
					spec.to
				]
			: ik(root, spec.to, l1, l2, spec.bend ?? 1, `${s.name} ${kind}${i}`);
		const pts = [root, m, e];
		if (kind === 'leg' && spec.toe !== null)
			pts.push(add(e, dir(spec.toe ?? 0), L.foot * (spec.footScale ?? 1)));
		return { cls: spec.cls ?? 'n', pts, gap: spec.gap };
	};
	const legs = (s.legs ?? []).map((x, i) => limb(x, 'leg', i));
	const arms = (s.arms ?? []).map((x, i) => limb(x, 'arm', i));
	const seg = (name) => {
		const [kind, i, part] = name.split('.');
		if (kind === 'torso') return null;
		const l = (kind === 'leg' ? legs : arms)[+i];
		return [l.pts[+part], l.pts[+part + 1]];
	};
	const curvePoint = (t) => {
		const a = lerp(hip, ctrl, t);
		const b = lerp(ctrl, shoulder, t);
		return lerp(a, b, t);
	};
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
	const line = (pts) => 'M' + pts.map(P).join('L');
	let out = '';
	const halo =
		s.halo === false ? '' : accents.map((p) => `<path class="g" d="${line(p)}"/>`).join('');
	out += halo;
	const back = [...arms, ...legs].filter((l) => l.cls === 'r');
	const front = [...legs, ...arms].filter((l) => l.cls !== 'r');
	const frontLegs = front.filter((l) => legs.includes(l));
	const frontArms = front.filter((l) => arms.includes(l));
	out += back.map((l) => `<path class="r" d="${line(l.pts)}"/>`).join('');
	const td2 = `M${P(hip)}Q${P(ctrl)} ${P(shoulder)}`;
	if (s.torsoOutline)
		out += `<path d="${td2}" fill="none" stroke="${C.card}" stroke-width="23" stroke-linecap="round"/>`;
	out += `<path class="${s.torsoCls ?? 't'}" d="${td2}"/>`;
	if (s.shoulders) out += `<path class="n" d="${line(s.shoulders)}"/>`;
	const headSvg = `<circle class="h" cx="${r(head[0])}" cy="${r(head[1])}" r="11"${s.headLast ? ` stroke="${C.card}" stroke-width="3"` : ''}/>`;
	if (!s.headLast) out += headSvg;
	const armsFirst = s.armsUnderLegs;
	const gap = (l) => (GAP || l.gap ? `<path class="o" d="${line(l.pts)}"/>` : '');
	const drawLegs = frontLegs.map((l) => gap(l) + `<path class="n" d="${line(l.pts)}"/>`).join('');
	const drawArms = frontArms.map((l) => gap(l) + `<path class="n" d="${line(l.pts)}"/>`).join('');
	const onTorso = (s.accent ?? []).map((a) => a.seg === undefined || a.seg === 'torso');
	const stripe = (p) => `<path class="k" d="${line(p)}"/>`;
	const torsoStripes = accents
		.filter((_, i) => onTorso[i])
		.map(stripe)
		.join('');
	const limbStripes = accents
		.filter((_, i) => !onTorso[i])
		.map(stripe)
		.join('');
	out += torsoStripes;
	out += armsFirst ? drawArms + drawLegs + limbStripes : drawLegs + limbStripes + drawArms;
	if (s.headLast) out += headSvg;
	return { svg: out, joints: { hip, shoulder, head, legs, arms } };
}

/** The drawing's style sheet, with rules only for the classes the drawing uses. */
const css = (body, anim) => {
	const used = (c) => body.includes(`class="${c}"`);
	const stroked = ['n', 'r', 't', 'k', 'g', 'x'].filter(used);
	const rules = {
		n: `.n{stroke:${C.near};stroke-width:12}`,
		r: `.r{stroke:${C.far};stroke-width:12}`,
		t: `.t{stroke:${C.near};stroke-width:18}`,
		h: `.h{fill:${C.near}}`,
		k: `.k{stroke:${C.accent};stroke-width:6}`,
		g: `.g{stroke:${C.accent};stroke-width:30;opacity:.22}`,
		x: `.x{stroke:${C.prop};stroke-width:5}`,
		m: `.m{fill:${C.mat}}`,
		o: `.o{fill:none;stroke:${C.card};stroke-width:17;stroke-linecap:round;stroke-linejoin:round}`
	};
	return (
		`<style>` +
		(stroked.length
			? `${stroked.map((c) => `.${c}`).join(',')}{fill:none;stroke-linecap:round;stroke-linejoin:round}`
			: '') +
		Object.keys(rules)
			.filter(used)
			.map((c) => rules[c])
			.join('') +
		(anim
			? `.p,.q{animation:p 5s ease-in-out infinite}.q{animation-name:q;opacity:0}` +
				`@keyframes p{0%,40%{opacity:1}50%,90%{opacity:0}100%{opacity:1}}` +
				`@keyframes q{0%,40%{opacity:0}50%,90%{opacity:1}100%{opacity:0}}` +
				`@media (prefers-reduced-motion:reduce){.p,.q{animation:none}.p{opacity:1}.q{opacity:0}}`
			: '') +
		`</style>`
	);
};

export function svgDoc({ title, props = '', frames, floor = true, mat = null, under = '' }) {
	const anim = frames.length > 1;
	let body = `<rect width="320" height="200" rx="20" fill="${C.card}"/>`;
	if (floor)
		body += `<path d="M24 171.5H296" stroke="${C.floor}" stroke-width="3" stroke-linecap="round"/>`;
	if (mat)
		body += `<rect class="m" x="${mat[0]}" y="164" width="${mat[1] - mat[0]}" height="6" rx="3"/>`;
	body += under;
	body += props;
	if (anim) body += `<g class="p">${frames[0]}</g><g class="q">${frames[1]}</g>`;
	else body += frames[0];
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200" width="320" height="200" role="img">` +
		`<title>${title}</title>${css(body, anim)}${body}</svg>`
	);
}

export { dir, add, lerp, P, r };
