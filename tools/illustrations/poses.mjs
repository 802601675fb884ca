// Pose definitions for every Limber exercise picture: `node tools/illustrations/poses.mjs` writes static/exercises/*.svg.
import { writeFileSync, mkdirSync } from 'node:fs';
import { figure, svgDoc, dir, add, L } from './lib.mjs';

const OUT = process.argv[2] ?? 'static/exercises';
mkdirSync(OUT, { recursive: true });

const chair = '<path class="x" d="M136 143.5H174M140 146V170M170 146V170M138 143V84"/>';
const lowBack = [{ seg: 'torso', from: 0, to: 0.45 }];

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

const seatedLegs = [
	{ to: [186, 163], root: [-3, -1], bend: -1, toe: 0, cls: 'r' },
	{ to: [190, 164], bend: -1, toe: 0 }
];

const P = {
	'childs-pose': {
		title:
			"Child's pose: kneeling, hips back on the heels, chest resting on the thighs, arms reaching forward on the mat",
		mat: [60, 262],
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
		mat: [40, 280],
		frames: [
			supine({
				legs: [
					{ to: [235, 157], root: [0, -1], straight: true, toe: -80, cls: 'r' },
					{ to: [190, 127], bend: -1, toe: 10 }
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
		mat: [40, 280],
		frames: [
			supine({
				legs: [
					{ to: [193, 124], root: [2, -2], bend: -1, toe: 10, cls: 'r' },
					{ to: [190, 127], bend: -1, toe: 10 }
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
		mat: [60, 262],
		frames: [
			allFours({ bend: -24, headAngle: 75, accent: lowBack }),
			allFours({ bend: 14, headAngle: -35, accent: lowBack })
		]
	},
	'pelvic-tilt': {
		title:
			'Pelvic tilt: lying on the back with knees bent, gently flattening the lower back into the mat',
		mat: [40, 280],
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
		floor: false,
		under: '<rect class="m" x="44" y="24" width="232" height="152" rx="16"/>',
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
		floor: false,
		under: '<rect class="m" x="44" y="24" width="232" height="152" rx="16"/>',
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
					{
						to: [226, 108],
						root: [0, 6],
						straight: true,
						scale: 0.76,
						toe: 0,
						footScale: 0.8,
						cls: 'r'
					},
					{ to: [204, 102], root: [0, -6], bend: -1, scale: 0.82, toe: 20, footScale: 0.8 }
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
		title: 'Sphinx: lying on the front, propped up on the forearms, elbows under the shoulders',
		mat: [40, 262],
		frames: [
			{
				hip: [134, 155],
				shoulder: [176, 131],
				bend: 6,
				headAngle: -62,
				legs: [
					{ to: [73, 156], root: [2, -1], straight: true, toe: 180, cls: 'r' },
					{ to: [70, 158], straight: true, toe: 180 }
				],
				arms: [
					{ to: [198, 157], root: [-2, 0], bend: -1, cls: 'r' },
					{ to: [202, 158], bend: -1 }
				],
				accent: lowBack
			}
		]
	},
	'hamstring-strap': {
		title:
			'Hamstring stretch with a strap: lying on the back, one leg raised with a strap around the foot, other knee bent',
		mat: [30, 290],
		props: '',
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
				strap: true
			})
		]
	},
	'glute-bridge': {
		title:
			'Glute bridge: lying on the back with knees bent, lifting the hips a little off the mat, then lowering',
		mat: [30, 290],
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
				hip: [160, 128],
				shoulder: [120, 152],
				head: [103, 153],
				legs: [
					{ to: [218, 157], root: [2, -1], bend: -1, toe: 0, cls: 'r' },
					{ to: [214, 158], bend: -1, toe: 0 }
				],
				arms: [
					{ to: [166, 157], root: [0, -1], straight: true, cls: 'r' },
					{ to: [168, 158], straight: true }
				],
				accent: [{ seg: 'leg.1.0', from: 0, to: 0.4 }]
			}
		]
	},
	'bird-dog': {
		title:
			'Bird dog: on hands and knees, reaching one arm forward and the opposite leg back, then returning',
		mat: [40, 262],
		frames: [
			allFours({ headAngle: -15, accent: lowBack }),
			allFours({
				headAngle: -15,
				legs: [
					{ to: [62, 124], root: [-3, -1], bend: 1, toe: 180, cls: 'r' },
					{ to: [98, 158], bend: -1, toe: 180 }
				],
				arms: [
					{ to: [171, 156], root: [-3, -1], bend: 1, cls: 'r' },
					{ to: [222, 106], bend: 1 }
				],
				accent: lowBack
			})
		]
	},
	'seated-forward-fold': {
		title:
			'Seated forward fold: sitting on a chair, feet flat, folding forward slowly with the arms hanging down',
		props: chair,
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
		props: chair,
		frames: [
			{
				hip: [156, 132],
				torsoAngle: -90,
				headAngle: -92,
				legs: seatedLegs,
				arms: [
					{ to: [136, 137], bend: -1, cls: 'r' },
					{ to: [186, 126], bend: 1 }
				],
				accent: [{ seg: 'torso', from: 0, to: 0.6 }],
				arc: true
			}
		]
	},
	'standing-back-extension': {
		title:
			'Standing back extension: standing tall with hands on the lower back, leaning back a little, then returning',
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
					{ to: [147, 105], bend: -1 }
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
		mat: [70, 262],
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
		props:
			'<path d="M88 74h22M80 92h26M92 110h16" stroke="#cddcd8" stroke-width="4" stroke-linecap="round"/>',
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
		mat: [30, 290],
		under: '<rect x="86" y="154" width="40" height="10" rx="5" fill="#c3d8d3"/>',
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
		props: chair,
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
						{ to: [198, 110], root: [rS[0] - sh[0], rS[1] - sh[1]], straight: true }
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
			'Lying face down: resting on the front, head turned to one side, arms relaxed by the sides',
		mat: [40, 262],
		frames: [
			{
				hip: [130, 155],
				shoulder: [174, 155],
				head: [191, 152],
				legs: [
					{ to: [68, 157], root: [-2, -1], straight: true, toe: 180, cls: 'r' },
					{ to: [66, 158], straight: true, toe: 180 }
				],
				arms: [
					{ to: [130, 157], root: [-2, -1], straight: true, cls: 'r' },
					{ to: [128, 158], straight: true }
				],
				accent: lowBack
			}
		]
	},
	'wall-lean': {
		title:
			'Wall lean: standing with the back against a wall, knees soft, easing the lower back toward the wall',
		under: '<rect x="104" y="22" width="14" height="148" rx="4" fill="#d5e0dd"/>',
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
	}
};

for (const [id, def] of Object.entries(P)) {
	const frames = def.frames.map((f) => {
		const fig = figure({ name: id, ...f });
		let extra = '';
		if (f.strap) {
			const [, , ankle, toe] = fig.joints.legs[1].pts;
			const hand = fig.joints.arms[1].pts[2];
			const mid = [(ankle[0] + toe[0]) / 2 + 3, (ankle[1] + toe[1]) / 2 - 9];
			extra += `<path d="M${hand.map(Math.round).join(' ')}L${mid.map(Math.round).join(' ')}" stroke="#8a7c6e" stroke-width="3" stroke-linecap="round" fill="none"/>`;
		}
		if (f.arc) {
			extra +=
				'<path d="M134 104A24 8 0 0 0 180 106M171 99l9 7-10 4" stroke="#e08a5f" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" fill="none"/>';
		}
		return fig.svg + extra;
	});
	const svg = svgDoc({
		title: def.title,
		props: def.props ?? '',
		frames,
		floor: def.floor ?? true,
		mat: def.mat ?? null,
		under: def.under ?? ''
	});
	writeFileSync(`${OUT}/${id}.svg`, svg);
	console.log(id.padEnd(26), svg.length);
}
