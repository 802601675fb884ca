// Pose definitions for every Limber exercise picture: `node tools/illustrations/poses.mjs` writes
// static/exercises/<id>.svg; `pictures()` builds them in memory for the tests.
import { writeFileSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { picture, dir, add, L } from './lib.mjs';

/** A chair seen from the side: seat from x to x + 38 at height `seat`, its back on the left (or
 * the right) rising `back` above the seat. */
const chair =
	(x = 136, backRight = false, seat = 143.5, back = 59) =>
	(d) => {
		const bx = backRight ? x + 36 : x + 2;
		d.lines('x', [
			[
				[x, seat],
				[x + 38, seat]
			],
			[
				[x + 4, seat + 2.5],
				[x + 4, 170]
			],
			[
				[x + 34, seat + 2.5],
				[x + 34, 170]
			],
			[
				[bx, seat - 0.5],
				[bx, seat - back]
			]
		]);
	};

/** A bed seen from the side: mattress top at y 136 from x0 to x1, a pillow under the head at px. */
export const BED = 136;
/** The bed of the log rolls, seen along its side, long enough to lie on (head at the left). */
export const LOG_BED = [48, 240];
const bed =
	(x0, x1, px = x0 + 20) =>
	(d) => {
		d.lines('x', [
			[
				[x0 + 8, 148],
				[x0 + 8, 170]
			],
			[
				[x1 - 8, 148],
				[x1 - 8, 170]
			]
		]);
		d.rect('y', x0, BED, x1 - x0, 12, 4);
		d.ellipse('y', [px, BED - 4], 17, 5);
	};
const lowBack = [{ seg: 'torso', from: 0, to: 0.45 }];

// Sitting on the near side of the log rolls' bed, seen from the front: hands on the mattress
// beside the hips, feet flat on the floor in front of the bed.
const sitOnBedSide = {
	hip: [166, BED - 9],
	torsoAngle: -90,
	headAngle: -90,
	shoulders: [
		[152, BED - 51],
		[180, BED - 51]
	],
	legs: [
		{ knee: [158, BED + 4], to: [156, 164], root: [-8, 0], toe: 180, footScale: 0.7 },
		{ knee: [174, BED + 4], to: [176, 164], root: [8, 0], toe: 0, footScale: 0.7 }
	],
	arms: [
		{ to: [140, BED - 6], root: [-14, 2], bend: -1 },
		{ to: [192, BED - 6], root: [14, 2], bend: 1 }
	]
};

// Lying on the back, head to the left, on a mat (body rests at y=164).
const supine = (o = {}) => ({
	hip: [170, 155],
	shoulder: [126, 155],
	head: [109, 153],
	...o
});

const allFours = (o = {}) => ({
	hip: [130, 124],
	torsoAngle: -18,
	legs: [
		{ to: [95, 156], root: [-3, -1], bend: -1, toe: 180, cls: 'r' },
		{ to: [98, 158], bend: -1, toe: 180 }
	],
	arms: [
		{ to: [171, 156], root: [-3, -1], straight: true, cls: 'r' },
		{ to: [175, 158], straight: true }
	],
	...o
});

// Half-kneeling, facing a chair on the right with both hands on its seat (SEAT): the near knee
// on the floor under the hip, the far foot flat in front, its shin upright and thigh level.
export const SEAT = 136;
export const KNEEL_CHAIR = 174;
const KNEE = [120, 164];
const halfKneel = (torsoAngle, headAngle) => {
	const hip = [KNEE[0] + 6, KNEE[1] - 33.5];
	const shoulder = add(hip, dir(torsoAngle), L.torso);
	// Arms straight down to the front of the seat.
	const reach = shoulder[0] + Math.sqrt(49 ** 2 - (SEAT - 5.5 - shoulder[1]) ** 2);
	return {
		hip,
		torsoAngle,
		headAngle,
		legs: [
			{ knee: [hip[0] + 34, hip[1]], to: [hip[0] + 35, 163], toe: 0, cls: 'r' },
			{ knee: KNEE, to: [KNEE[0] - 31, 163], toe: 180 }
		],
		arms: [
			{ to: [reach - 3, SEAT - 5.5], root: [-2, 0], straight: true, cls: 'r' },
			{ to: [reach, SEAT - 5.5], straight: true }
		]
	};
};

// On hands and knees on the floor, facing right, hands just in front of the chair's legs: the
// pose takes the place of the half-kneel, so each fills the frame on its own.
const handsAndKnees = {
	hip: [124, 130],
	torsoAngle: -22,
	headAngle: -55,
	legs: [
		{ to: [89, 162], root: [-3, -1], bend: -1, toe: 180, cls: 'r' },
		{ to: [92, 164], bend: -1, toe: 180 }
	],
	arms: [
		{ to: [162, 162], root: [-3, -1], straight: true, cls: 'r' },
		{ to: [166, 164], straight: true }
	]
};

const seatedLegs = [
	{ to: [186, 163], root: [-3, -1], bend: -1, toe: 0, cls: 'r' },
	{ to: [190, 164], bend: -1, toe: 0 }
];

// A strap from the near hand to the raised foot.
const strap = (d, j) => {
	const [, , ankle, toe] = j.legs[1].pts;
	const hand = j.arms[1].pts[2];
	d.line('s', [hand, [(ankle[0] + toe[0]) / 2 + 3, (ankle[1] + toe[1]) / 2 - 9]]);
};

const P = {
	'childs-pose': {
		title:
			"Child's pose: kneeling, hips back on the heels, chest resting on the thighs, arms reaching forward on the mat",
		ground: 'mat',
		frames: [
			{
				hip: [148, 130],
				shoulder: [187, 149],
				bend: -10,
				head: [201, 153],
				headLast: true,
				legs: [
					{ to: [139, 156], root: [3, -2], bend: -1, toe: 180, cls: 'r' },
					{ to: [136, 158], bend: -1, toe: 180, gap: true }
				],
				arms: [
					{ to: [234, 156], root: [2, -1], straight: true, cls: 'r' },
					{ to: [231, 158], straight: true }
				],
				accent: [{ seg: 'torso', from: 0.1, to: 0.55 }]
			}
		]
	},
	'knee-to-chest-single': {
		title:
			'Single knee to chest: lying on the back, hugging one knee in toward the chest, other leg long',
		ground: 'mat',
		frames: [
			supine({
				legs: [
					{ to: [235, 157], root: [0, -1], straight: true, toe: -80, cls: 'r' },
					// The thigh drawn in toward the chest, the lower leg folded down toward the buttock.
					{ knee: [150, 128], to: [180, 140], toe: 30 }
				],
				arms: [
					{ to: [159, 119], root: [0, -1], straight: true, cls: 'r' },
					{ to: [162, 122], straight: true }
				],
				accent: lowBack
			})
		]
	},
	'knee-to-chest-double': {
		title: 'Double knee to chest: lying on the back, hugging both knees in toward the chest',
		ground: 'mat',
		frames: [
			supine({
				legs: [
					{ knee: [153, 126], to: [183, 138], root: [2, -2], toe: 30, cls: 'r' },
					{ knee: [150, 128], to: [180, 140], toe: 30 }
				],
				arms: [
					{ to: [159, 119], root: [0, -1], straight: true, cls: 'r' },
					{ to: [162, 122], straight: true }
				],
				accent: lowBack
			})
		]
	},
	'cat-cow': {
		title: 'Cat-cow: on hands and knees, rounding the back up, then letting it dip gently',
		ground: 'mat',
		frames: [
			allFours({ bend: -24, headAngle: 75, accent: lowBack }),
			allFours({ bend: 14, headAngle: -35, accent: lowBack })
		]
	},
	'pelvic-tilt': {
		title:
			'Pelvic tilt: lying on the back with knees bent, gently flattening the lower back into the mat',
		ground: 'mat',
		frames: [
			supine({
				bend: 12,
				legs: [
					{ to: [228, 157], root: [2, -1], bend: -1, toe: 0, cls: 'r' },
					{ to: [224, 158], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [170, 157], root: [0, -1], straight: true, cls: 'r' },
					{ to: [172, 158], straight: true }
				],
				accent: [{ seg: 'torso', from: 0.05, to: 0.6 }]
			}),
			supine({
				bend: -1,
				hip: [170, 156],
				legs: [
					{ to: [228, 157], root: [2, -1], bend: -1, toe: 0, cls: 'r' },
					{ to: [224, 158], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [170, 157], root: [0, -1], straight: true, cls: 'r' },
					{ to: [172, 158], straight: true }
				],
				accent: [{ seg: 'torso', from: 0.05, to: 0.6 }]
			})
		]
	},
	'lower-trunk-rotation': {
		title:
			'Lower trunk rotation, seen from above: lying on the back, arms out wide, bent knees tipping gently to one side and then the other',
		ground: 'above',
		frames: [1, -1].map((s) => ({
			hip: [176, 100],
			shoulder: [130, 100],
			head: [111, 100],
			shoulders: [
				[130, 88],
				[130, 112]
			],
			legs: [
				{ to: [212, 100 + 6 * s], root: [0, 6 * s], bend: s, toe: 0, footScale: 0.8, cls: 'r' },
				{ to: [214, 100 - 2 * s], root: [0, -6 * s], bend: s, toe: 0, footScale: 0.8 }
			],
			arms: [
				{ to: [134, 158], root: [0, 12], straight: true },
				{ to: [134, 42], root: [0, -12], straight: true }
			],
			armsUnderLegs: true,
			accent: lowBack
		}))
	},
	'figure-four': {
		title:
			'Figure-four stretch, seen from above: lying on the back, one ankle crossed over the other bent knee',
		ground: 'above',
		frames: [
			{
				hip: [176, 100],
				shoulder: [130, 100],
				head: [111, 100],
				shoulders: [
					[130, 88],
					[130, 112]
				],
				legs: [
					// The supporting leg bent, foot flat (its knee seen from above, drawn short).
					{
						knee: [198, 112],
						to: [222, 110],
						root: [0, 6],
						scale: 0.76,
						toe: 0,
						footScale: 0.8,
						cls: 'r'
					},
					// The crossed leg: knee out to the side, ankle resting on the other knee.
					{ knee: [194, 74], to: [200, 108], root: [0, -6], scale: 0.82, toe: 20, footScale: 0.8 }
				],
				arms: [
					{ to: [166, 142], root: [0, 12], straight: true },
					{ to: [166, 58], root: [0, -12], straight: true }
				],
				armsUnderLegs: true,
				accent: [{ seg: 'leg.1.0', from: 0, to: 0.6 }]
			}
		]
	},
	sphinx: {
		title:
			'Sphinx: lying on the front, propped up on the forearms with the elbows under the shoulders, hips resting on the mat',
		ground: 'mat',
		frames: [
			{
				hip: [128, 155],
				shoulder: [170, 131],
				bend: 5,
				headAngle: -68,
				legs: [
					{ to: [64, 156], root: [-2, -1], straight: true, toe: 180, cls: 'r' },
					{ to: [62, 158], straight: true, toe: 180 }
				],
				arms: [
					{ to: [192, 157], root: [-2, 0], bend: 1, cls: 'r' },
					{ to: [196, 158], bend: 1 }
				],
				accent: lowBack
			}
		]
	},
	'hamstring-strap': {
		title:
			'Hamstring stretch with a strap: lying on the back, one leg raised with a strap around the foot, other knee bent',
		ground: 'mat',
		frames: [
			supine({
				legs: [
					{ to: [232, 158], bend: -1, toe: 0, cls: 'r' },
					{ to: [190, 93], bend: 1, toe: -162 }
				],
				arms: [
					{ to: [154, 113], root: [0, -1], bend: 1, cls: 'r' },
					{ to: [157, 116], bend: 1 }
				],
				accent: [{ seg: 'leg.1.0', from: 0.15, to: 0.85 }],
				over: strap
			})
		]
	},
	'glute-bridge': {
		title:
			'Glute bridge: lying on the back with knees bent, lifting the hips a little off the mat, then lowering',
		ground: 'mat',
		still: 1,
		frames: [
			{
				hip: [158, 155],
				shoulder: [114, 155],
				head: [97, 153],
				legs: [
					{ to: [218, 157], root: [2, -1], bend: -1, toe: 0, cls: 'r' },
					{ to: [214, 158], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [160, 157], root: [0, -1], straight: true, cls: 'r' },
					{ to: [162, 158], straight: true }
				],
				accent: [{ seg: 'leg.1.0', from: 0, to: 0.4 }]
			},
			{
				hip: [159, 145],
				shoulder: [116, 154],
				head: [99, 153],
				legs: [
					{ to: [218, 157], root: [2, -1], bend: -1, toe: 0, cls: 'r' },
					{ to: [214, 158], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [162, 157], root: [0, -1], straight: true, cls: 'r' },
					{ to: [164, 158], straight: true }
				],
				accent: [{ seg: 'leg.1.0', from: 0, to: 0.4 }]
			}
		]
	},
	'bird-dog': {
		title:
			'Bird dog: on hands and knees with a flat back, reaching one arm forward and the opposite leg straight back, then the other pair',
		ground: 'mat',
		// One pair, then the other: arm and leg level with the back, the foot at hip height.
		frames: [
			allFours({
				headAngle: 8,
				headLast: true,
				legs: [
					{ to: [62, 126], root: [-3, -1], straight: true, toe: 95, cls: 'r' },
					{ to: [98, 158], bend: -1, toe: 180 }
				],
				arms: [
					{ to: [171, 156], root: [-3, -1], straight: true, cls: 'r' },
					{ to: [221, 104], straight: true }
				],
				accent: lowBack
			}),
			allFours({
				headAngle: 8,
				headLast: true,
				legs: [
					{ to: [95, 156], root: [-3, -1], bend: -1, toe: 180, cls: 'r' },
					{ to: [65, 127], straight: true, toe: 95 }
				],
				arms: [
					{ to: [218, 103], root: [-3, -1], straight: true, cls: 'r' },
					{ to: [175, 158], straight: true }
				],
				accent: lowBack
			})
		]
	},
	'seated-forward-fold': {
		title:
			'Seated forward fold: sitting on a chair, feet flat, folding forward slowly with the arms hanging down',
		props: chair(136, false, 143.5, 44),
		frames: [
			{
				hip: [156, 132],
				torsoAngle: -24,
				bend: -10,
				headAngle: 62,
				legs: seatedLegs,
				arms: [
					{ to: [200, 158], root: [-2, -1], straight: true, cls: 'r' },
					{ to: [204, 160], straight: true, cls: 'r' }
				],
				accent: lowBack
			}
		]
	},
	'seated-twist': {
		title:
			'Seated twist: sitting tall on a chair, one hand on the opposite knee, the other hand behind, turning gently',
		props: chair(),
		frames: [
			{
				hip: [156, 132],
				torsoAngle: -90,
				headAngle: -92,
				legs: seatedLegs,
				arms: [
					{ to: [138, 135], bend: -1, cls: 'r' },
					{ to: [186, 126], bend: 1 }
				],
				accent: [{ seg: 'torso', from: 0, to: 0.6 }],
				over: (d) =>
					d.lines('a', [
						[
							[134, 104],
							[157, 110],
							[180, 106]
						],
						[
							[171, 99],
							[180, 106],
							[170, 110]
						]
					])
			}
		]
	},
	'standing-back-extension': {
		title:
			'Standing back extension: standing tall with hands on the lower back, leaning back a little, then returning',
		still: 1,
		frames: [
			{
				hip: [160, 98],
				torsoAngle: -90,
				headAngle: -90,
				legs: [
					{ to: [157, 164], root: [-2, 0], bend: -1, toe: 0, cls: 'r' },
					{ to: [161, 164], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [149, 103], root: [-2, 0], bend: -1, cls: 'r' },
					{ to: [148, 103], bend: -1 }
				],
				accent: [{ seg: 'torso', from: 0, to: 0.4 }]
			},
			{
				hip: [164, 99],
				torsoAngle: -104,
				bend: -4,
				headAngle: -112,
				legs: [
					{ to: [157, 164], root: [-2, 0], bend: -1, toe: 0, cls: 'r' },
					{ to: [161, 164], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [153, 102], root: [-2, 0], bend: -1, cls: 'r' },
					{ to: [151, 104], bend: -1 }
				],
				accent: [{ seg: 'torso', from: 0, to: 0.4 }]
			}
		]
	},
	'hip-flexor-lunge': {
		title:
			'Kneeling hip flexor stretch: one knee down, the other foot forward, hips easing gently forward',
		ground: 'mat',
		frames: [
			{
				hip: [162, 132],
				torsoAngle: -88,
				headAngle: -88,
				legs: [
					{ to: [208, 158], bend: -1, toe: 0, cls: 'r' },
					{ to: [108, 158], bend: -1, toe: 180 }
				],
				arms: [
					{ to: [183, 124], root: [-2, 0], bend: 1, cls: 'r' },
					{ to: [186, 126], bend: 1 }
				],
				accent: [{ seg: 'leg.1.0', from: 0.05, to: 0.75 }]
			}
		]
	},
	'gentle-walk': {
		title: 'Gentle walk: walking upright at an easy pace, arms swinging loosely',
		frames: [1, -1].map((s) => ({
			hip: [160, 102],
			torsoAngle: -86,
			headAngle: -84,
			legs: [
				{ to: s > 0 ? [140, 159] : [180, 164], bend: -1, toe: s > 0 ? 28 : 0, cls: 'r' },
				{ to: s > 0 ? [180, 164] : [140, 159], bend: -1, toe: s > 0 ? 0 : 28 }
			],
			arms: [
				{ to: s > 0 ? [180, 100] : [145, 102], bend: 1, cls: 'r' },
				{ to: s > 0 ? [145, 102] : [180, 100], bend: 1 }
			]
		}))
	},
	'supine-rest': {
		title:
			'Constructive rest: lying on the back with knees bent, feet flat and hands resting on the belly',
		ground: 'mat',
		props: (d) => d.rect('y', 86, 153, 40, 10, 5),
		frames: [
			supine({
				head: [108, 143],
				legs: [
					{ to: [230, 157], root: [2, -1], bend: -1, toe: 0, cls: 'r' },
					{ to: [226, 158], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [148, 144], root: [0, -1], bend: 1, scale: 0.62, cls: 'r' },
					{ to: [151, 146], bend: 1, scale: 0.62 }
				],
				accent: lowBack
			})
		]
	},
	'seated-pelvic-tilt': {
		title:
			'Seated pelvic tilt: sitting on a chair, slowly rounding the lower back, then sitting up tall',
		props: chair(),
		frames: [
			{
				hip: [156, 132],
				torsoAngle: -97,
				bend: -9,
				headAngle: -70,
				legs: seatedLegs,
				arms: [
					{ to: [176, 126], root: [-2, 0], bend: 1, cls: 'r' },
					{ to: [180, 128], bend: 1 }
				],
				accent: lowBack
			},
			{
				hip: [156, 132],
				torsoAngle: -88,
				bend: 5,
				headAngle: -90,
				legs: seatedLegs,
				arms: [
					{ to: [176, 126], root: [-2, 0], bend: 1, cls: 'r' },
					{ to: [180, 128], bend: 1 }
				],
				accent: lowBack
			}
		]
	},
	'standing-side-bend': {
		title:
			'Standing side bend, seen from the front: feet apart, one arm reaching up and over, leaning gently to the side',
		frames: [
			(() => {
				const hip = [160, 100];
				const sh = add(hip, dir(-72), L.torso);
				const px = dir(18);
				const lS = add(sh, px, -14);
				const rS = add(sh, px, 14);
				return {
					hip,
					shoulder: sh,
					bend: -10,
					headAngle: -68,
					shoulders: [lS, rS],
					legs: [
						{ to: [148, 164], root: [-8, 0], straight: true, toe: 180, footScale: 0.7 },
						{ to: [172, 164], root: [8, 0], straight: true, toe: 0, footScale: 0.7 }
					],
					arms: [
						{ to: [200, 24], root: [lS[0] - sh[0], lS[1] - sh[1]], bend: 1 },
						{ to: [180, 112], root: [rS[0] - sh[0], rS[1] - sh[1]], straight: true }
					],
					accent: [
						{
							pts: [
								[151, 96],
								[152, 82],
								[158, 68]
							]
						}
					]
				};
			})()
		]
	},
	'prone-rest': {
		title:
			'Lying on the front: resting face down with a pillow under the tummy, head turned to one side, arms relaxed by the sides',
		ground: 'mat',
		props: (d) => d.ellipse('y', [151, 157], 25, 7),
		frames: [
			{
				hip: [128, 152],
				shoulder: [172, 154],
				bend: -12,
				head: [189, 151],
				legs: [
					{ to: [66, 157], root: [-2, -1], straight: true, toe: 180, cls: 'r' },
					{ to: [64, 158], straight: true, toe: 180 }
				],
				arms: [
					{ to: [132, 155], root: [-2, -1], straight: true, cls: 'r' },
					{ to: [130, 156], straight: true }
				],
				accent: lowBack
			}
		]
	},
	'wall-lean': {
		title:
			'Wall lean: standing with the back against a wall, knees soft, easing the lower back toward the wall',
		props: (d) => d.rect('y', 104, 22, 14, 148, 4),
		frames: [8, 0].map((b) => ({
			hip: [128, 106],
			shoulder: [127, 62],
			head: [129, 45],
			bend: b,
			legs: [
				{ to: [147, 164], root: [-2, 0], bend: -1, toe: 0, cls: 'r' },
				{ to: [150, 164], bend: -1, toe: 0 }
			],
			arms: [
				{ to: [130, 106], root: [-2, 0], bend: -1, cls: 'r' },
				{ to: [133, 108], bend: -1 }
			],
			accent: lowBack
		}))
	},
	'log-roll-out-of-bed': {
		title:
			'Getting out of bed: on the side at the edge of the bed, lower legs over the side, pushing up with both arms, then sitting on the edge',
		props: bed(...LOG_BED, 68),
		frames: [
			{
				// Turned as one piece, facing the viewer: the thighs point out over the edge (drawn
				// short) and the lower legs hang down in front of the mattress.
				hip: [172, BED - 8],
				torsoAngle: -135,
				headAngle: -125,
				legs: [
					{ knee: [184, BED - 2], to: [188, 162], root: [2, -2], toe: 0, footScale: 0.6, cls: 'r' },
					{ knee: [180, BED], to: [182, 164], toe: 0, footScale: 0.6 }
				],
				arms: [
					{ to: [134, BED - 6], bend: 1, cls: 'r' },
					{ to: [164, BED - 6], bend: -1 }
				]
			},
			sitOnBedSide
		]
	},
	'log-roll-into-bed': {
		title:
			'Getting into bed: sitting on the side of the bed, then lowering onto one side on the elbow, both legs coming up onto the bed together',
		props: bed(...LOG_BED, 68),
		still: 1,
		frames: [
			sitOnBedSide,
			{
				// Down on the elbow, both legs swinging up onto the bed together, knees bent.
				hip: [168, BED - 9],
				torsoAngle: -168,
				headAngle: -165,
				legs: [
					{ to: [224, BED - 15], root: [2, -2], bend: -1, toe: 10, cls: 'r' },
					{ to: [228, BED - 12], bend: -1, toe: 10 }
				],
				arms: [
					{ knee: [121, BED - 7], to: [136, BED - 6], cls: 'r' },
					{ to: [146, BED - 6], bend: -1 }
				]
			}
		]
	},
	'floor-down-in-stages': {
		title:
			'Getting down to the floor in stages: both hands on a chair seat, one knee down in a half-kneel, then on hands and knees on the floor',
		props: chair(KNEEL_CHAIR, true, SEAT, 50),
		frames: [halfKneel(-60, -40), handsAndKnees]
	},
	'floor-up-in-stages': {
		title:
			'Getting up from the floor in stages: both hands on a chair seat in a half-kneel, one foot flat in front, then up on straight legs holding the back of the chair',
		props: chair(KNEEL_CHAIR, true, SEAT, 50),
		still: 1,
		frames: [
			halfKneel(-60, -40),
			{
				// Up on straight legs, hands on the top of the chair's back.
				hip: [152, 99],
				torsoAngle: -50,
				headAngle: -50,
				legs: [
					{ to: [148, 164], root: [-2, 0], bend: -1, toe: 0, cls: 'r' },
					{ to: [156, 164], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [207, 88], root: [-2, 0], bend: 1, cls: 'r' },
					{ to: [209, 89], bend: 1 }
				]
			}
		]
	},
	'rest-legs-on-chair': {
		title:
			'Resting with the legs on a chair: lying on the back, lower legs resting on the seat, hips and knees bent about a right angle',
		ground: 'mat',
		props: chair(176, true, 130, 30),
		frames: [
			supine({
				legs: [
					{ knee: [172, 121], to: [204, 121], root: [0, -1], toe: -80, cls: 'r' },
					{ knee: [170, 122], to: [202, 122], toe: -80 }
				],
				arms: [
					{ to: [160, 157], root: [0, -1], straight: true, cls: 'r' },
					{ to: [162, 158], straight: true }
				],
				accent: lowBack
			})
		]
	},
	'rest-side-pillow': {
		title:
			'Resting on the side, seen from above: lying curled on one side, knees bent, a pillow between the knees and another under the head',
		ground: 'above',
		props: (d) => d.rect('y', 92, 82, 32, 42, 10),
		frames: [
			{
				hip: [180, 96],
				shoulder: [136, 100],
				bend: 6,
				head: [116, 104],
				legs: [
					{ knee: [178, 132], to: [210, 140], root: [-2, 2], toe: 0, footScale: 0.8, cls: 'r' },
					{ knee: [172, 128], to: [204, 134], toe: 0, footScale: 0.8 }
				],
				arms: [{ knee: [152, 126], to: [132, 122] }],
				between: (d, j) => d.ellipse('y', j.legs[1].pts[1], 14, 10)
			}
		]
	},
	'settle-on-the-floor': {
		title:
			'Settling on the floor, seen from above: lying on one side, knees bent, a cushion under the head',
		ground: 'above',
		props: (d) => d.rect('y', 92, 82, 32, 42, 10),
		frames: [
			{
				hip: [180, 96],
				shoulder: [136, 100],
				bend: 6,
				head: [116, 104],
				legs: [
					{ knee: [182, 134], to: [214, 142], root: [-2, 2], toe: 0, footScale: 0.8, cls: 'r' },
					{ knee: [174, 130], to: [206, 136], toe: 0, footScale: 0.8 }
				],
				arms: [{ knee: [150, 124], to: [128, 120] }]
			}
		]
	},
	'sit-on-the-bed': {
		title:
			'Sitting down on a bed: standing with the back to the bed and hands on the thighs, then sitting on its edge',
		props: bed(70, 198, 108),
		still: 1,
		frames: [
			{
				hip: [192, 100],
				torsoAngle: -80,
				headAngle: -78,
				legs: [
					{ to: [206, 164], root: [2, -2], bend: -1, toe: 0, cls: 'r' },
					{ to: [210, 164], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [202, 108], bend: 1, cls: 'r' },
					{ to: [203, 106], bend: 1 }
				]
			},
			{
				hip: [186, 127],
				torsoAngle: -92,
				headAngle: -90,
				legs: [
					{ to: [210, 162], root: [2, -2], bend: -1, toe: 0, cls: 'r' },
					{ to: [214, 164], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [168, 129], bend: 1, cls: 'r' },
					{ to: [172, 129], bend: 1 }
				]
			}
		]
	},
	'belly-breathing': {
		title:
			'Belly breathing: lying on the back with knees bent and a hand on the belly, the belly rising with each breath in and falling with each breath out',
		ground: 'mat',
		props: (d) => d.rect('y', 86, 153, 40, 10, 5),
		still: 1,
		frames: [0, 10].map((b) =>
			supine({
				head: [108, 143],
				bend: b,
				legs: [
					{ to: [230, 157], root: [2, -1], bend: -1, toe: 0, cls: 'r' },
					{ to: [226, 158], bend: -1, toe: 0 }
				],
				// One hand resting flat on the belly, one on the chest, elbows down on the mat.
				arms: [
					{ knee: [146, 160], to: [134, 148 - b / 4], root: [0, -1], cls: 'r' },
					{ knee: [152, 161], to: [162, 147 - b / 2] }
				],
				accent: [{ seg: 'torso', from: 0.15, to: 0.65 }]
			})
		)
	},
	'brace-cough-sneeze': {
		title:
			'Bracing for a cough or sneeze: standing with the knees slightly bent and a hand on the tummy',
		frames: [
			{
				hip: [158, 104],
				torsoAngle: -84,
				headAngle: -80,
				legs: [
					{ to: [154, 164], root: [-2, 0], bend: -1, toe: 0, cls: 'r' },
					{ to: [158, 164], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [160, 144], root: [-2, 0], straight: true, cls: 'r' },
					{ to: [172, 88], bend: -1 }
				],
				accent: [{ seg: 'torso', from: 0.1, to: 0.55 }],
				over: (d) =>
					d.lines('a', [
						[
							[178, 38],
							[186, 34]
						],
						[
							[179, 45],
							[189, 45]
						],
						[
							[178, 52],
							[186, 56]
						]
					])
			}
		]
	},
	'socks-shoes-sitting': {
		title:
			'Socks and shoes sitting down, seen from the front: sitting upright on a chair, one ankle resting across the other knee, hands at the foot',
		// A chair seen from the front: seat, two legs, the back's posts either side of the body.
		props: (d) =>
			d.lines('x', [
				[
					[136, 137],
					[184, 137]
				],
				[
					[140, 80],
					[140, 170]
				],
				[
					[180, 80],
					[180, 170]
				]
			]),
		frames: [
			{
				hip: [160, 127],
				torsoAngle: -90,
				headAngle: -90,
				shoulders: [
					[146, 85],
					[174, 85]
				],
				legs: [
					{ knee: [151, 141], to: [150, 164], root: [-8, 0], toe: 180, footScale: 0.7 },
					// Thigh turned out, the shin across the lap, the ankle on the other knee.
					{ knee: [186, 137], to: [151, 128], root: [8, 0], toe: 175, gap: true }
				],
				arms: [
					{ to: [146, 125], root: [-14, 2], bend: 1 },
					{ to: [158, 124], root: [14, 2], bend: -1, gap: true }
				]
			}
		]
	},
	'car-in-out': {
		title:
			'Getting into a car: sitting down sideways on the seat with both feet outside, then turning both legs in together',
		props: (d) => {
			d.line(
				'y',
				[
					[196, 132],
					[208, 66],
					[220, 68],
					[210, 134]
				],
				true
			);
			d.rect('y', 136, 124, 74, 10, 4);
			d.rect('y', 118, 148, 108, 10, 3);
			d.line('x', [
				[120, 146],
				[120, 92],
				[136, 56],
				[226, 52],
				[226, 146]
			]);
		},
		frames: [
			{
				hip: [170, 122],
				torsoAngle: -90,
				headAngle: -90,
				shoulders: [
					[156, 80],
					[184, 80]
				],
				legs: [
					{ knee: [158, 138], to: [156, 164], root: [-8, 0], toe: 180, footScale: 0.7 },
					{ knee: [182, 138], to: [184, 164], root: [8, 0], toe: 0, footScale: 0.7 }
				],
				arms: [
					{ to: [146, 124], root: [-14, 2], bend: -1 },
					{ to: [194, 124], root: [14, 2], bend: 1 }
				]
			},
			{
				hip: [180, 120],
				torsoAngle: -96,
				headAngle: -100,
				legs: [
					{ to: [140, 148], root: [3, -1], bend: 1, toe: 180, cls: 'r' },
					{ to: [144, 150], bend: 1, toe: 180 }
				],
				arms: [
					{ to: [156, 112], root: [2, 0], bend: -1, cls: 'r' },
					{ to: [152, 114], bend: -1 }
				]
			}
		]
	},
	'supported-sitting': {
		title:
			'Sitting with support: sitting upright on a chair, a rolled towel behind the lower back, feet flat on the floor',
		props: (d) => {
			chair()(d);
			d.circle('y', [146, 116], 6);
		},
		frames: [
			{
				hip: [160, 132],
				torsoAngle: -90,
				bend: 3,
				headAngle: -90,
				legs: [
					{ to: [190, 164], root: [-3, -1], bend: -1, toe: 0, cls: 'r' },
					{ to: [194, 164], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [180, 126], root: [-2, 0], bend: 1, cls: 'r' },
					{ to: [184, 128], bend: 1 }
				],
				accent: [{ seg: 'torso', from: 0, to: 0.4 }]
			}
		]
	}
};

/** Every picture, built in memory: its SVG, frame and the figure's extent in each frame. */
export const pictures = () => Object.entries(P).map(([id, def]) => picture({ id, ...def }));

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const out = process.argv[2] ?? 'static/exercises';
	mkdirSync(out, { recursive: true });
	for (const p of pictures()) {
		writeFileSync(`${out}/${p.id}.svg`, p.svg);
		console.log(p.id.padEnd(26), p.svg.length);
	}
}
