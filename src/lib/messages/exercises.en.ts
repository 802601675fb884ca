// The built-in exercises' words (how to do each, its cues, when to stop), the positions they are
// done in, and the exercise pages. English gives the shape; the content keeps each exercise's
// structure under the same id (content/exercises.ts).
import type { ExerciseId } from '$lib/core/builtin-ids';

/** One exercise's words. `stopAlso` follows its kind's stop rule; `halfwayCue` is spoken halfway. */
export interface ExerciseText {
	name: string;
	/** One-line alt text describing the picture. */
	illustrationAlt: string;
	summary: string;
	steps: readonly string[];
	breathing: string;
	feel: string;
	stopAlso?: string;
	/** Spoken at the start of the step. */
	cue: string;
	halfwayCue?: string;
}

const en = {
	/** Human names for body positions, shared by lists, filters and exercise pages. */
	positions: {
		'lying-back': 'Lying on your back',
		'lying-side': 'Lying on your side',
		'lying-front': 'Lying face down',
		kneeling: 'Kneeling',
		sitting: 'Sitting',
		standing: 'Standing'
	},
	/**
	 * When to stop, written once for each kind of exercise. A stretch, a rest or a walk is
	 * stopped; a move that gets you somewhere (up, down, into a car) cannot be left halfway, so it
	 * pauses. The pages show a stretch's rule after "Stop if:" and a move's after "If it hurts:".
	 */
	stopRules: {
		stretch:
			'the pain gets sharp or spreads into a buttock or leg, or you feel numbness or tingling. Some discomfort that settles is fine.',
		rest: 'the pain gets sharp or spreads into a leg, or you feel numbness or tingling: change to an easier position.',
		breathe:
			'the pain gets sharp or spreads into a leg, or you feel numbness or tingling: change to an easier position.',
		walk: 'the pain gets sharp or spreads into a leg, or you feel numbness or tingling. If a cramp starts, stop, rest and stretch gently.',
		move: 'pause where you are and breathe until it eases, then go on more slowly. If pain spreads into a leg, or you feel numbness or tingling, rest in the easiest position you can.'
	},
	/** What the pages put before an exercise's rule: a move's, and every other kind's. */
	stopLabel: { move: 'If it hurts:', other: 'Stop if:' },
	/** Every stretch ends its rule with this. */
	worseAfterwards:
		'If your back is worse afterwards and it does not settle, do less next time, or leave this one out for a few days.',
	/** An exercise's usual length: "Hold 20 s", "Rest 1 min", "About 1 min", "8 slow repetitions". */
	length: {
		hold: (length: string) => `Hold ${length}`,
		rest: (length: string) => `Rest ${length}`,
		breathe: (length: string) => `Breathe ${length}`,
		walk: (length: string) => `Walk ${length}`,
		about: (length: string) => `About ${length}`,
		reps: (count: number) => `${count} slow repetitions`,
		/** A step that lasts until Next is tapped. */
		untimed: 'As long as you like, then tap Next'
	},
	library: {
		title: 'Exercise library',
		description: 'Every stretch in Limber with a picture and how to do it, grouped by position.',
		back: '← Routines',
		intro:
			'Every stretch Limber uses, grouped by how you do it: from lying down to standing. Open one for how to do it, what you should feel and when to stop.',
		positions: 'Positions'
	},
	page: {
		back: '← Exercise library',
		eachSide: 'each side',
		howTo: 'How to do it',
		breathing: 'Breathing:',
		feel: 'What you should feel:'
	},
	exercises: {
		'childs-pose': {
			name: "Child's pose",
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
			stopAlso: 'A cushion under your hips or knees can make it easier.',
			cue: "Child's pose. Sink your hips back toward your heels."
		},
		'knee-to-chest-single': {
			name: 'Single knee to chest',
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
			cue: 'Knee to chest. Hug one knee gently toward your chest.'
		},
		'knee-to-chest-double': {
			name: 'Double knee to chest',
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
			cue: 'Both knees to chest. Hug them in gently.'
		},
		'cat-cow': {
			name: 'Cat-cow',
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
			cue: 'Cat-cow. Round your back slowly, then let it dip.'
		},
		'pelvic-tilt': {
			name: 'Pelvic tilt',
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
			cue: 'Pelvic tilt. Flatten your lower back gently into the floor, then relax.'
		},
		'lower-trunk-rotation': {
			name: 'Knees side to side',
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
			cue: 'Let your knees tip slowly from side to side.'
		},
		'figure-four': {
			name: 'Figure-four buttock stretch',
			illustrationAlt:
				'Seen from above, a person lying on their back with one ankle crossed over the other bent knee.',
			summary:
				'Eases the deep muscles of the buttock, which often tighten along with the lower back.',
			steps: [
				'Lie on your back with both knees bent and feet flat.',
				'Cross one ankle over the opposite knee.',
				'Stay here, or lift the lower foot and draw both legs gently toward you.',
				'Keep your head and shoulders relaxed on the floor.'
			],
			breathing:
				'Breathe slowly and let the crossed knee fall open a little more as you breathe out.',
			feel: 'A stretch deep in the buttock and outer hip of the crossed leg.',
			cue: 'Figure four. Cross one ankle over your knee and relax into the stretch.'
		},
		sphinx: {
			name: 'Sphinx',
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
			cue: 'Sphinx. Rest on your forearms and let your lower back relax.'
		},
		'hamstring-strap': {
			name: 'Back-of-thigh stretch with a strap',
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
			cue: 'Back of the thigh. Lift one leg with the strap and keep the knee soft.'
		},
		'glute-bridge': {
			name: 'Bridge',
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
			cue: 'Bridge. Press through your heels and lift your hips a little.'
		},
		'bird-dog': {
			name: 'Bird dog',
			illustrationAlt:
				'A person on hands and knees with a flat back, reaching one arm forward and the opposite leg straight back at hip height, then the other arm and leg.',
			summary: 'A steady balance that builds gentle support around the spine.',
			steps: [
				'Start on your hands and knees with a flat back.',
				'Reach one arm forward and the opposite leg back, no higher than your hips.',
				'Hold for a breath, keeping your hips level.',
				'Return slowly and repeat.'
			],
			breathing: 'Breathe out as you reach, breathe in as you return.',
			feel: 'Steady work in the belly, buttock and back, with no strain.',
			cue: 'Bird dog. Reach one arm forward and the opposite leg back.'
		},
		'seated-forward-fold': {
			name: 'Seated forward fold',
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
			stopAlso: 'Come up slowly if you feel dizzy.',
			cue: 'Forward fold. Fold forward slowly and let your head and arms hang.'
		},
		'seated-twist': {
			name: 'Seated twist',
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
			cue: 'Seated twist. Sit tall and turn gently, without forcing.'
		},
		'standing-back-extension': {
			name: 'Standing back extension',
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
			cue: 'Hands on your lower back. Lean back gently, then return.'
		},
		'hip-flexor-lunge': {
			name: 'Kneeling front-of-hip stretch',
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
			cue: 'Front of the hip. Tuck your tailbone and ease your hips forward.'
		},
		'gentle-walk': {
			name: 'Gentle walk',
			illustrationAlt: 'A person walking upright at an easy pace, arms swinging loosely.',
			summary:
				'A walk by the clock, not by distance: walk for the time set, however slowly you need to go.',
			steps: [
				'Set off at whatever pace you can manage. Short, slow steps are fine.',
				'Walk out for half the time, then turn and walk back.',
				'Stop when the time is up, even on a good day; you can add a minute next time.',
				'If a cramp starts, stop and stretch gently.'
			],
			breathing: 'Breathe easily. You should be able to talk as you walk.',
			feel: 'Stiffness easing a little as you go, and warmth in the back and hips.',
			cue: 'Walk for the time on the clock, however slowly. Short, easy steps.',
			halfwayCue: 'Halfway. Turn around and head back.'
		},
		'supine-rest': {
			name: 'Rest on your back',
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
			cue: 'Rest on your back with knees bent. Let your back sink into the floor.',
			halfwayCue:
				'Notice where you are still holding on: the jaw, the shoulders, the belly. Let each one go.'
		},
		'seated-pelvic-tilt': {
			name: 'Seated pelvic tilt',
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
			cue: 'Seated pelvic tilt. Round your lower back slowly, then sit tall.'
		},
		'standing-side-bend': {
			name: 'Standing side bend',
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
			cue: 'Side bend. Reach one arm up and over, and lean gently to the side.'
		},
		'prone-rest': {
			name: 'Front rest with a pillow',
			illustrationAlt:
				'A person resting face down with a pillow under the tummy, head turned to one side and arms relaxed.',
			summary:
				'A rest on your front with a pillow under your tummy, for those who find it easier than lying on the back.',
			steps: [
				'Lie on your front on a firm bed or a mat.',
				'Slide a pillow under your tummy, so your lower back is not arched.',
				'Turn your head to whichever side is comfortable.',
				'Let your arms rest by your sides or beside your head, and let your back settle.'
			],
			breathing: 'Breathe slowly into your belly and feel it press gently into the pillow.',
			feel: 'The lower back resting and softening.',
			stopAlso: 'If lying on your front is uncomfortable, rest on your back or your side instead.',
			cue: 'Rest face down, a pillow under your tummy. Let your back relax.'
		},
		'wall-lean': {
			name: 'Wall lean',
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
			cue: 'Wall lean. Ease the small of your back toward the wall, then relax.'
		},
		'settle-on-the-floor': {
			name: 'Settle where you are on the floor',
			illustrationAlt:
				'Seen from above, a person lying on their side on the floor with knees bent and a cushion under the head.',
			summary:
				'Already on the floor? Stay down. Ease onto your side or your back from wherever you are, a little at a time, with no kneeling.',
			steps: [
				'Stay where you are for a moment and breathe out slowly. There is no hurry.',
				'If you are on your front or on your hands and knees, lower onto one side, slowly, knees bent.',
				'Reach for a cushion or folded clothes for your head if one is close by.',
				'Stay on your side, or roll onto your back, turning your shoulders and hips together.'
			],
			breathing: 'Breathe out as you move, and rest for a breath or two between each small move.',
			feel: 'The floor taking your weight, and your back no longer holding you up.',
			stopAlso: 'Staying on your side for the whole rest is fine.',
			cue: 'Stay down. Ease onto your side, knees bent, slowly. Then stay there or roll onto your back.'
		},
		'sit-on-the-bed': {
			name: 'Sit down on a bed or sofa',
			illustrationAlt:
				'A person standing with hands on the thighs, then sitting on the edge of a bed, hands beside the hips.',
			summary:
				'From standing or a chair, get to the nearest bed or sofa in small steps and sit on its edge, ready to lie down.',
			steps: [
				'If you are sitting, shuffle to the front of the seat, hands on your thighs, and push up to stand.',
				'Walk slowly to the nearest bed or sofa in small steps, holding furniture or a wall.',
				'Turn so the backs of your legs touch its edge.',
				'Hands on your thighs, bend your knees and lower yourself onto the edge, about where your hips will be when you lie down.'
			],
			breathing: 'Breathe out as you stand and as you sit down. Try not to hold your breath.',
			feel: 'Your legs and arms doing the work while your back stays fairly upright.',
			stopAlso:
				'If you cannot reach a bed or sofa, sit in a steady chair with your back supported.',
			cue: 'Small steps to the nearest bed or sofa. Turn, hands on your thighs, and sit down on its edge.'
		},
		'log-roll-out-of-bed': {
			name: 'Log roll out of bed',
			illustrationAlt:
				'A person on their side at the edge of a bed, lower legs hanging over the side, pushing up with both arms, then sitting on the edge with feet on the floor.',
			summary:
				'Get up from lying without twisting or sitting straight up: roll as one piece, then let your arms do the lifting.',
			steps: [
				'Lie on your back near the edge of the bed and bend both knees.',
				'Roll onto your side toward the edge, turning shoulders, hips and knees together.',
				'Let your lower legs slide over the edge as you push yourself up sideways with both arms.',
				'Sit on the edge for a few breaths, feet flat on the floor.',
				'To stand, shuffle forward, put your hands on your thighs and push up.'
			],
			breathing: 'Breathe out as you push up. Try not to hold your breath.',
			feel: 'Your arms and legs taking the weight while your back stays fairly still.',
			cue: 'Log roll. Knees bent, roll onto your side, then push up with your arms as your legs go over the edge.'
		},
		'log-roll-into-bed': {
			name: 'Log roll into bed',
			illustrationAlt:
				'A person sitting on the edge of a bed, lowering onto one side on an elbow, both legs coming up onto the bed together.',
			summary:
				'Lie down the way you would get up, in reverse, so your back never has to twist or take your weight.',
			steps: [
				'Sit on the edge of the bed or sofa, about where your hips will be when you lie down.',
				'Lean onto your side, lowering yourself with your elbow and your other hand.',
				'As your shoulder goes down, lift both legs up together, knees bent.',
				'Roll onto your back, turning shoulders and hips together.'
			],
			breathing: 'Breathe out slowly as you lower yourself down.',
			feel: 'Your arms taking the weight and your back staying steady as you lie down.',
			cue: 'Sit on the edge of the bed. Lower yourself onto your side with your arms, lift your legs up together, then roll onto your back.'
		},
		'floor-down-in-stages': {
			name: 'Down to the floor in stages',
			illustrationAlt:
				'A person half-kneeling, one knee on the floor and the other foot flat in front, both hands on a chair seat, then on hands and knees on the floor.',
			summary:
				'Get down to the floor one stage at a time, with a steady chair to hold. It means kneeling for a moment.',
			steps: [
				'Stand facing a steady chair and put both hands on its seat.',
				'Step one foot back and lower that knee to the floor, holding the chair. A folded towel pads the knee.',
				'Bring the other knee down, so you are kneeling with your hands on the chair.',
				'Move your hands to the floor. For a kneeling stretch, stay on your hands and knees.',
				'For a stretch on your back, lower onto one hip, then onto your side, and roll onto your back with knees bent.'
			],
			breathing: 'Breathe out as you lower each stage, and take a breath or two between stages.',
			feel: 'Your legs and arms doing the work, your back staying fairly straight.',
			stopAlso: 'If kneeling hurts, rest on a bed or sofa instead of the floor.',
			cue: 'Down in stages. Hands on the chair, one knee down, then the other, then onto your side.'
		},
		'floor-up-in-stages': {
			name: 'Up from the floor in stages',
			illustrationAlt:
				'A person half-kneeling, one knee on the floor and the other foot flat in front, both hands on a chair seat, then up on straight legs holding the back of the chair.',
			summary:
				'Get up from the floor one stage at a time, with a steady chair to push on, so your legs do the lifting.',
			steps: [
				'Roll onto your side, then push up onto your hands and knees.',
				'Move close to a steady chair and put both hands on its seat.',
				'Bring one foot forward, flat on the floor, so you are half-kneeling.',
				'Push up through the front leg and your arms to stand, keeping your back fairly straight.',
				'Stand still for a breath or two before you walk.'
			],
			breathing: 'Breathe out as you push up through each stage.',
			feel: 'Your legs and arms lifting you while your back stays steady.',
			stopAlso:
				'If you cannot get up, rest on your side for a while, or ask someone to steady the chair.',
			cue: 'Up in stages. Onto hands and knees, hands on the chair, one foot forward, then push up.'
		},
		'rest-legs-on-chair': {
			name: 'Rest with legs on a chair',
			illustrationAlt:
				'A person lying on their back on the floor, head on a cushion, lower legs resting on a chair seat with hips and knees bent at right angles.',
			summary:
				'Lie on your back with your lower legs up on a chair or sofa: for many people the easiest position in a spasm.',
			steps: [
				'Lie on your back with a thin cushion under your head.',
				'Rest your lower legs on the seat of a chair or sofa, or on a stack of firm pillows in bed.',
				'Shuffle until your hips and knees are bent at about a right angle.',
				'Let your arms rest and your back sink down.'
			],
			breathing: 'Breathe slowly into your belly, and let each breath out be a little longer.',
			feel: 'The back muscles softening, with nothing to hold up.',
			stopAlso: 'If this position hurts, try lying on your side with a pillow between your knees.',
			cue: 'Rest with your lower legs up on a chair or pillows. Let your back sink down.',
			halfwayCue: 'Let your shoulders drop, and let your back grow heavier with each breath out.'
		},
		'rest-side-pillow': {
			name: 'Side rest with a pillow',
			illustrationAlt:
				'A person lying on their side with knees bent, a pillow between the knees and a pillow under the head.',
			summary:
				'Lie on your side with your knees bent and a pillow between them, so your hips stay level and your back can rest.',
			steps: [
				'Lie on whichever side is more comfortable, with a pillow under your head.',
				'Bend your knees a little and place a pillow between them.',
				'Rest your top arm on a pillow or along your side.',
				'Let your back settle. Move whenever you need to.'
			],
			breathing: 'Breathe slowly and let your belly soften.',
			feel: 'Your hips level and your back resting.',
			stopAlso: 'Change sides or position whenever you need to.',
			cue: 'Side rest. Knees bent, a pillow between them. Let your back go.',
			halfwayCue: 'Let your jaw and shoulders soften. There is nothing to do now but breathe.'
		},
		'belly-breathing': {
			name: 'Belly breathing',
			illustrationAlt:
				'A person lying on their back with knees bent, one hand on the belly and one on the chest.',
			summary:
				'Slow, calm breaths into the belly, lying with knees bent, to help tight back muscles let go.',
			steps: [
				'Lie on your back with knees bent and feet flat, or with your legs up on pillows.',
				'Rest one hand on your belly and one on your chest.',
				'Breathe in gently through your nose and feel your belly rise under your hand.',
				'Breathe out slowly, a little longer than the breath in, and let your belly fall.'
			],
			breathing: 'In for about four counts, out for about six. There is no need to force it.',
			feel: 'Your belly rising and falling, and your back and shoulders growing heavier.',
			stopAlso: 'If slow breathing makes you light-headed, breathe normally for a while.',
			cue: 'Belly breathing. A hand on your belly. Breathe in gently, and out slowly.',
			halfwayCue: 'Keep breathing slowly. With each breath out, let your back sink a little more.'
		},
		'brace-cough-sneeze': {
			name: 'Brace for a cough or sneeze',
			illustrationAlt:
				'A person standing with knees slightly bent and one hand flat on the tummy, bracing.',
			summary:
				'A light brace before a cough or sneeze, so it jolts the back less. Practise it, then use it when one comes.',
			steps: [
				'When you feel a cough or sneeze coming, stand still, or sit if you can.',
				'Bend your knees slightly and put a hand flat on your tummy.',
				'Gently firm up your tummy under your hand, as if getting ready for a light push.',
				'Cough or sneeze, then let your tummy relax.'
			],
			breathing: 'Keep breathing while you practise the brace, then breathe out and let it go.',
			feel: 'A firm tummy under your hand, and less of a jolt in your back.',
			cue: 'Practise the brace. Knees soft, a hand on your tummy. Firm it gently, then let go.'
		},
		'socks-shoes-sitting': {
			name: 'Socks and shoes, sitting down',
			illustrationAlt:
				'A person sitting upright on a chair with one ankle resting across the other knee, pulling on a sock.',
			summary:
				'Put on socks and shoes sitting down, bringing each foot up to you instead of bending down to it.',
			steps: [
				'Sit on a steady chair or the edge of the bed, feet flat.',
				'Lift one foot and rest it across the other knee, or on a low stool.',
				'Put the sock or shoe on, keeping your back fairly upright.',
				'Lower the foot and do the other one. Slip-on shoes or a long shoehorn make it easier.'
			],
			breathing: 'Breathe easily, and breathe out as you lift each foot.',
			feel: 'Your hip bending while your back stays fairly upright.',
			stopAlso: 'If lifting the foot hurts, ask someone to help for now.',
			cue: 'Socks and shoes, sitting down. Bring your foot up to you.'
		},
		'car-in-out': {
			name: 'Getting in and out of a car',
			illustrationAlt:
				'A person sitting sideways on a car seat with both feet on the ground, about to turn both legs in together.',
			summary:
				'Sit on the seat first, then turn your legs in together, so your back does not twist.',
			steps: [
				'Slide the seat back. Stand with your back to the seat.',
				'Hold the door frame and lower yourself onto the seat, head in last.',
				'Keeping your knees together, turn your legs and hips into the car as one, in small steps.',
				'To get out, reverse it: turn your legs out together, feet on the ground, then stand up.'
			],
			breathing: 'Breathe out as you lower yourself and as you stand.',
			feel: 'Your body turning as one piece, without a twist at the waist.',
			cue: 'Sit on the seat first, then turn your legs in together.'
		},
		'supported-sitting': {
			name: 'Supported sitting',
			illustrationAlt:
				'A person sitting upright on a chair, a rolled towel behind the lower back and feet flat on the floor.',
			summary:
				'Sit with a rolled towel at the small of your back and your feet flat, so the chair does the holding.',
			steps: [
				'Sit all the way back in a firm chair.',
				'Put a rolled towel or a small cushion behind the small of your back.',
				'Rest your feet flat on the floor, knees about level with your hips.',
				'Get up and move about every 20 to 30 minutes.'
			],
			breathing: 'Breathe easily and let your shoulders drop.',
			feel: 'Your back supported, without having to hold yourself up.',
			stopAlso: 'If sitting hurts, stand or lie down for a while instead.',
			cue: 'Sit back with a rolled towel behind your lower back, feet flat.'
		}
	} satisfies Record<ExerciseId, ExerciseText>
};

export default en;
