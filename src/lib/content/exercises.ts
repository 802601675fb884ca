// Built-in stretches for the lower back and hips: how-to text, cues and picture paths for each.
import type { Exercise } from '$lib/core/model';

const STOP = 'Stop if you feel sharp pain, numbness or tingling.';

export const exercises: Exercise[] = [
	{
		id: 'childs-pose',
		name: "Child's pose",
		position: 'kneeling',
		illustration: '/exercises/childs-pose.svg',
		illustrationAlt:
			'A person kneeling with hips sunk back toward the heels, chest resting on the thighs and arms stretched forward on the mat.',
		summary: 'A resting stretch that lets the lower back lengthen and soften.',
		steps: [
			'Kneel on a mat with your knees a little apart.',
			'Sink your hips back toward your heels.',
			'Walk your hands forward and rest your chest on your thighs.',
			'Let your forehead rest on the mat or on a cushion.'
		],
		breathing: 'Breathe slowly into your back and let each breath out soften it.',
		feel: 'A gentle lengthening through the lower back and hips.',
		stopIf: `${STOP} A cushion under your hips or knees can make it easier.`,
		hold: { seconds: 30 },
		perSide: false,
		cue: "Child's pose. Sink your hips back toward your heels."
	},
	{
		id: 'knee-to-chest-single',
		name: 'Single knee to chest',
		position: 'lying-back',
		illustration: '/exercises/knee-to-chest-single.svg',
		illustrationAlt:
			'A person lying on their back, hugging one knee toward the chest with the other leg resting long.',
		summary: 'Hug one knee in to ease tension low in the back.',
		steps: [
			'Lie on your back with both knees bent and feet flat.',
			'Bring one knee toward your chest and hold it with both hands.',
			'Keep the other leg relaxed, bent or long.',
			'Lower the leg slowly when you finish.'
		],
		breathing: 'Breathe out as you draw the knee in, then breathe easily while you hold.',
		feel: 'A mild stretch in the lower back and the buttock.',
		stopIf: STOP,
		hold: { seconds: 20 },
		perSide: true,
		cue: 'Knee to chest. Hug one knee gently toward your chest.'
	},
	{
		id: 'knee-to-chest-double',
		name: 'Double knee to chest',
		position: 'lying-back',
		illustration: '/exercises/knee-to-chest-double.svg',
		illustrationAlt: 'A person lying on their back, hugging both knees toward the chest.',
		summary: 'Hug both knees in to round and rest the lower back.',
		steps: [
			'Lie on your back with both knees bent and feet flat.',
			'Lift one knee, then the other, toward your chest.',
			'Hold behind your thighs or over your knees.',
			'Lower one foot at a time when you finish.'
		],
		breathing: 'Breathe slowly and let your back settle into the floor.',
		feel: 'A gentle, rounded stretch across the whole lower back.',
		stopIf: STOP,
		hold: { seconds: 20 },
		perSide: false,
		cue: 'Both knees to chest. Hug them in gently.'
	},
	{
		id: 'cat-cow',
		name: 'Cat-cow',
		position: 'kneeling',
		illustration: '/exercises/cat-cow.svg',
		illustrationAlt:
			'A person on hands and knees, rounding the back up like a cat, then letting it dip gently.',
		summary: 'A slow rocking of the spine that loosens a stiff back.',
		steps: [
			'Come onto your hands and knees, hands under shoulders and knees under hips.',
			'Round your back up toward the ceiling and let your head drop.',
			'Then let your belly sink slowly and lift your gaze a little.',
			'Move slowly, and only as far as feels easy.'
		],
		breathing: 'Breathe out as you round, breathe in as you let the back dip.',
		feel: 'Your spine moving gently, a little at a time.',
		stopIf: STOP,
		hold: { reps: 8, secondsPerRep: 5 },
		perSide: false,
		cue: 'Cat-cow. Round your back slowly, then let it dip.'
	},
	{
		id: 'pelvic-tilt',
		name: 'Pelvic tilt',
		position: 'lying-back',
		illustration: '/exercises/pelvic-tilt.svg',
		illustrationAlt:
			'A person lying on their back with knees bent, easing the small of the back down flat onto the mat.',
		summary: 'A small rocking of the pelvis that wakes up the belly and eases the lower back.',
		steps: [
			'Lie on your back with knees bent and feet flat.',
			'Gently tighten your belly and press the small of your back into the floor.',
			'Hold for a breath, then relax.'
		],
		breathing: 'Breathe out as you flatten your back, breathe in as you relax.',
		feel: 'Light work in the belly and a small rocking of the pelvis.',
		stopIf: STOP,
		hold: { reps: 10, secondsPerRep: 4 },
		perSide: false,
		cue: 'Pelvic tilt. Flatten your lower back gently into the floor, then relax.'
	},
	{
		id: 'lower-trunk-rotation',
		name: 'Lower trunk rotation',
		position: 'lying-back',
		illustration: '/exercises/lower-trunk-rotation.svg',
		illustrationAlt:
			'Seen from above, a person lying on their back with arms out wide, bent knees tipping to one side and then the other.',
		summary: 'Knees rocking side to side for a gentle twist of the lower back.',
		steps: [
			'Lie on your back with knees bent, feet together and arms out wide.',
			'Let both knees tip slowly to one side, only as far as is comfortable.',
			'Bring them back to the middle, then tip them to the other side.',
			'Keep both shoulders resting on the floor.'
		],
		breathing: 'Breathe out as the knees tip, breathe in as they come back.',
		feel: 'A soft twist through the lower back and the sides of the hips.',
		stopIf: STOP,
		hold: { reps: 8, secondsPerRep: 5 },
		perSide: false,
		cue: 'Let your knees tip slowly from side to side.'
	},
	{
		id: 'figure-four',
		name: 'Figure-four stretch',
		position: 'lying-back',
		illustration: '/exercises/figure-four.svg',
		illustrationAlt:
			'Seen from above, a person lying on their back with one ankle crossed over the other bent knee.',
		summary:
			'Eases the deep muscles of the buttock, such as the piriformis, which often tighten along with the lower back.',
		steps: [
			'Lie on your back with both knees bent and feet flat.',
			'Cross one ankle over the opposite knee.',
			'Stay here, or lift the lower foot and draw both legs gently toward you.',
			'Keep your head and shoulders relaxed on the floor.'
		],
		breathing:
			'Breathe slowly and let the crossed knee fall open a little more as you breathe out.',
		feel: 'A stretch deep in the buttock and outer hip of the crossed leg.',
		stopIf: STOP,
		hold: { seconds: 30 },
		perSide: true,
		cue: 'Figure four. Cross one ankle over your knee and relax into the stretch.'
	},
	{
		id: 'sphinx',
		name: 'Sphinx',
		position: 'lying-front',
		illustration: '/exercises/sphinx.svg',
		illustrationAlt:
			'A person lying on their front, propped up on the forearms with elbows under the shoulders.',
		summary: 'A gentle backward bend, resting on your forearms.',
		steps: [
			'Lie on your front with your legs long.',
			'Bring your elbows under your shoulders, forearms on the floor.',
			'Lift your chest a little and let your lower back and buttocks stay relaxed.',
			'Lower down slowly when you finish.'
		],
		breathing: 'Breathe slowly and let your belly relax toward the floor.',
		feel: 'A mild stretch across the belly and a gentle curve in the lower back.',
		stopIf: `${STOP} Stop too if the pain spreads into your buttock or leg.`,
		hold: { seconds: 20 },
		perSide: false,
		cue: 'Sphinx. Rest on your forearms and let your lower back relax.'
	},
	{
		id: 'hamstring-strap',
		name: 'Hamstring stretch with a strap',
		position: 'lying-back',
		illustration: '/exercises/hamstring-strap.svg',
		illustrationAlt:
			'A person lying on their back, one leg raised with a strap around the foot, the other knee bent.',
		summary: 'Stretches the back of the thigh, which can pull on the lower back when tight.',
		steps: [
			'Lie on your back with both knees bent.',
			'Loop a strap, belt or towel around the ball of one foot.',
			'Straighten that leg up toward the ceiling, holding the strap with both hands.',
			'Keep a soft bend in the knee if the stretch feels strong.'
		],
		breathing: 'Breathe slowly; let the leg ease a little closer as you breathe out.',
		feel: 'A stretch along the back of the raised thigh.',
		stopIf: STOP,
		hold: { seconds: 30 },
		perSide: true,
		cue: 'Hamstring stretch. Lift one leg with the strap and keep the knee soft.'
	},
	{
		id: 'glute-bridge',
		name: 'Glute bridge',
		position: 'lying-back',
		illustration: '/exercises/glute-bridge.svg',
		illustrationAlt:
			'A person lying on their back with knees bent, lifting the hips a little off the mat, then lowering.',
		summary: 'Gently wakes up the buttock muscles that support the lower back.',
		steps: [
			'Lie on your back with knees bent and feet flat, hip-width apart.',
			'Press through your heels and lift your hips a little off the floor.',
			'Hold for a breath, then lower slowly.',
			'Lift only as high as feels easy; a small lift is enough.'
		],
		breathing: 'Breathe out as you lift, breathe in as you lower.',
		feel: 'Work in the buttocks and the backs of the thighs, not in the lower back.',
		stopIf: STOP,
		hold: { reps: 8, secondsPerRep: 5 },
		perSide: false,
		cue: 'Bridge. Press through your heels and lift your hips a little.'
	},
	{
		id: 'bird-dog',
		name: 'Bird dog',
		position: 'kneeling',
		illustration: '/exercises/bird-dog.svg',
		illustrationAlt:
			'A person on hands and knees, reaching one arm forward and the opposite leg back, then returning.',
		summary: 'A steady balance that builds gentle support around the spine.',
		steps: [
			'Start on your hands and knees with a flat back.',
			'Reach one arm forward and the opposite leg back, no higher than your hips.',
			'Hold for a breath, keeping your hips level.',
			'Return slowly and repeat.'
		],
		breathing: 'Breathe out as you reach, breathe in as you return.',
		feel: 'Steady work in the belly, buttock and back, with no strain.',
		stopIf: STOP,
		hold: { reps: 5, secondsPerRep: 6 },
		perSide: true,
		cue: 'Bird dog. Reach one arm forward and the opposite leg back.'
	},
	{
		id: 'seated-forward-fold',
		name: 'Seated forward fold',
		position: 'sitting',
		illustration: '/exercises/seated-forward-fold.svg',
		illustrationAlt:
			'A person sitting on a chair, folded forward over the thighs with head and arms hanging down.',
		summary: 'A slow fold forward from a chair that lets the back round and rest.',
		steps: [
			'Sit near the front of a steady chair, feet flat and apart.',
			'Fold forward slowly, letting your chest rest toward your thighs.',
			'Let your head and arms hang.',
			'Come up slowly, pushing gently with your hands on your thighs.'
		],
		breathing: 'Breathe out as you fold, then breathe slowly into your back.',
		feel: 'A gentle, rounded stretch along the back.',
		stopIf: `${STOP} Come up slowly if you feel dizzy.`,
		hold: { seconds: 20 },
		perSide: false,
		cue: 'Forward fold. Fold forward slowly and let your head and arms hang.'
	},
	{
		id: 'seated-twist',
		name: 'Seated twist',
		position: 'sitting',
		illustration: '/exercises/seated-twist.svg',
		illustrationAlt:
			'A person sitting tall on a chair with one hand on the opposite knee and the other hand behind, turning gently.',
		summary: 'A gentle turn of the upper body that loosens the back after sitting.',
		steps: [
			'Sit tall on a steady chair, feet flat.',
			'Place one hand on the opposite knee and the other hand behind you on the seat.',
			'Turn your chest gently toward the hand behind you.',
			'Come back to the middle slowly.'
		],
		breathing: 'Sit tall as you breathe in, turn a little more as you breathe out.',
		feel: 'A mild stretch along the sides of the back.',
		stopIf: STOP,
		hold: { seconds: 15 },
		perSide: true,
		cue: 'Seated twist. Sit tall and turn gently, without forcing.'
	},
	{
		id: 'standing-back-extension',
		name: 'Standing back extension',
		position: 'standing',
		illustration: '/exercises/standing-back-extension.svg',
		illustrationAlt:
			'A person standing with hands on the lower back, leaning back a little, then returning upright.',
		summary: 'A small backward lean that undoes the forward curl of sitting.',
		steps: [
			'Stand tall with your feet hip-width apart.',
			'Place your hands on your lower back, fingers pointing down.',
			'Lean back gently, only a little, keeping your knees soft.',
			'Return to upright.'
		],
		breathing: 'Breathe in as you lean back, breathe out as you return.',
		feel: 'A gentle arch in the lower back.',
		stopIf: STOP,
		hold: { reps: 5, secondsPerRep: 5 },
		perSide: false,
		cue: 'Hands on your lower back. Lean back gently, then return.'
	},
	{
		id: 'hip-flexor-lunge',
		name: 'Kneeling hip flexor stretch',
		position: 'kneeling',
		illustration: '/exercises/hip-flexor-lunge.svg',
		illustrationAlt:
			'A person kneeling on one knee with the other foot forward, upper body tall, hips easing forward.',
		summary:
			'Stretches the front of the hip, which shortens with long sitting and can pull on the lower back.',
		steps: [
			'Kneel on one knee with the other foot flat in front of you. Pad the knee.',
			'Hold a chair or a wall for balance if you like.',
			'Tuck your tailbone under a little and ease your hips forward.',
			'Keep your upper body tall.'
		],
		breathing: 'Breathe slowly and let the hips ease forward as you breathe out.',
		feel: 'A stretch across the front of the hip of the back leg.',
		stopIf: STOP,
		hold: { seconds: 20 },
		perSide: true,
		cue: 'Hip flexor stretch. Tuck your tailbone and ease your hips forward.'
	},
	{
		id: 'gentle-walk',
		name: 'Gentle walk',
		position: 'standing',
		illustration: '/exercises/gentle-walk.svg',
		illustrationAlt: 'A person walking upright at an easy pace, arms swinging loosely.',
		summary: 'An easy walk to get the body moving after sitting still.',
		steps: [
			'Walk at an easy, comfortable pace on a flat surface.',
			'Keep your steps short and let your arms swing loosely.',
			'If a cramp starts, stop and stretch gently.'
		],
		breathing: 'Breathe easily. You should be able to talk as you walk.',
		feel: 'Warmth and looseness spreading through the back and hips.',
		stopIf: `${STOP} If a cramp starts, stop, rest and stretch gently.`,
		hold: { seconds: 180 },
		perSide: false,
		cue: 'Gentle walk. Walk at an easy pace and let your arms swing.'
	},
	{
		id: 'supine-rest',
		name: 'Constructive rest',
		position: 'lying-back',
		illustration: '/exercises/supine-rest.svg',
		illustrationAlt:
			'A person lying on their back with a cushion under the head, knees bent, feet flat and hands resting on the belly.',
		summary: 'Lying on your back with knees bent, letting the back muscles stop working.',
		steps: [
			'Lie on your back on a mat or a firm bed, with a thin cushion under your head.',
			'Bend your knees and place your feet flat, hip-width apart.',
			'Rest your hands on your belly and let your back sink into the floor.'
		],
		breathing: 'Breathe slowly and let your belly rise and fall under your hands.',
		feel: 'The back muscles softening and letting go.',
		stopIf: `${STOP} If this position is uncomfortable, change to one that is easier.`,
		hold: { seconds: 60 },
		perSide: false,
		cue: 'Rest on your back with knees bent. Let your back sink into the floor.'
	},
	{
		id: 'seated-pelvic-tilt',
		name: 'Seated pelvic tilt',
		position: 'sitting',
		illustration: '/exercises/seated-pelvic-tilt.svg',
		illustrationAlt:
			'A person sitting on a chair, slowly rounding the lower back, then sitting up tall.',
		summary: 'A small rocking of the pelvis you can do at your desk.',
		steps: [
			'Sit near the front of a chair with feet flat.',
			'Roll your pelvis back so your lower back rounds a little.',
			'Then roll it forward and sit up tall.',
			'Keep the movement small and smooth.'
		],
		breathing: 'Breathe out as you round, breathe in as you sit tall.',
		feel: 'The lower back moving gently after being still.',
		stopIf: STOP,
		hold: { reps: 8, secondsPerRep: 5 },
		perSide: false,
		cue: 'Seated pelvic tilt. Round your lower back slowly, then sit tall.'
	},
	{
		id: 'standing-side-bend',
		name: 'Standing side bend',
		position: 'standing',
		illustration: '/exercises/standing-side-bend.svg',
		illustrationAlt:
			'Seen from the front, a person standing with feet apart, one arm reaching up and over, leaning gently to the side.',
		summary: 'A gentle lean that stretches the side of the waist and back.',
		steps: [
			'Stand with your feet hip-width apart and knees soft.',
			'Raise one arm overhead and rest the other hand on your thigh.',
			'Lean gently to the side, away from the raised arm.',
			'Come back to upright slowly.'
		],
		breathing: 'Breathe in as you reach up, breathe out as you lean.',
		feel: 'A stretch along the side of the waist and back.',
		stopIf: STOP,
		hold: { seconds: 15 },
		perSide: true,
		cue: 'Side bend. Reach one arm up and over, and lean gently to the side.'
	},
	{
		id: 'prone-rest',
		name: 'Lying face down',
		position: 'lying-front',
		illustration: '/exercises/prone-rest.svg',
		illustrationAlt:
			'A person resting face down on a mat, head turned to one side and arms relaxed by the sides.',
		summary: 'A quiet rest on your front that lets the lower back settle.',
		steps: [
			'Lie on your front on a mat or a firm bed.',
			'Turn your head to whichever side is comfortable.',
			'Let your arms rest by your sides and your back relax.',
			'A thin pillow under your hips can make this easier.'
		],
		breathing: 'Breathe slowly into your belly and back.',
		feel: 'The lower back resting and softening.',
		stopIf: `${STOP} If lying on your front is uncomfortable, rest on your back instead.`,
		hold: { seconds: 60 },
		perSide: false,
		cue: 'Rest face down and let your back relax.'
	},
	{
		id: 'wall-lean',
		name: 'Wall lean',
		position: 'standing',
		illustration: '/exercises/wall-lean.svg',
		illustrationAlt:
			'A person standing with the back against a wall and knees soft, easing the small of the back toward the wall.',
		summary: 'A standing pelvic tilt against a wall, easy to do during a break.',
		steps: [
			'Stand with your back against a wall, feet a small step forward and knees soft.',
			'Gently tighten your belly and ease the small of your back toward the wall.',
			'Hold for a breath, then relax.'
		],
		breathing: 'Breathe out as you press back, breathe in as you relax.',
		feel: 'Light work in the belly and a gentle release in the lower back.',
		stopIf: STOP,
		hold: { reps: 6, secondsPerRep: 5 },
		perSide: false,
		cue: 'Wall lean. Ease the small of your back toward the wall, then relax.'
	}
];

const byId = new Map(exercises.map((e) => [e.id, e]));

/** The built-in exercise with this id, if there is one. */
export function exerciseById(id: string): Exercise | undefined {
	return byId.get(id);
}
