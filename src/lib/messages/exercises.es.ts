import type { Messages } from '$lib/i18n/catalog';
import type en from './exercises.en';

export default {
	positions: {
		'lying-back': 'Boca arriba',
		'lying-side': 'De lado',
		'lying-front': 'Boca abajo',
		kneeling: 'De rodillas',
		sitting: 'Sentado',
		standing: 'De pie'
	},
	stopRules: {
		stretch:
			'el dolor se vuelve punzante o se extiende a un glúteo o a una pierna, o notas adormecimiento u hormigueo. Una molestia que luego se calma es normal.',
		rest: 'el dolor se vuelve punzante o se extiende a una pierna, o notas adormecimiento u hormigueo: cambia a una postura más cómoda.',
		breathe:
			'el dolor se vuelve punzante o se extiende a una pierna, o notas adormecimiento u hormigueo: cambia a una postura más cómoda.',
		walk: 'el dolor se vuelve punzante o se extiende a una pierna, o notas adormecimiento u hormigueo. Si aparece un calambre, detente, descansa y estira con suavidad.',
		move: 'haz una pausa donde estés y respira hasta que se calme; luego sigue más despacio. Si el dolor se extiende a una pierna, o notas adormecimiento u hormigueo, descansa en la postura más cómoda que puedas.'
	},
	stopLabel: { move: 'Si duele:', other: 'Déjalo si:' },
	worseAfterwards:
		'Si después la espalda está peor y no se calma, la próxima vez haz menos, o deja este ejercicio durante unos días.',
	length: {
		hold: (length: string) => `Mantén ${length}`,
		rest: (length: string) => `Descanso ${length}`,
		breathe: (length: string) => `Respira ${length}`,
		walk: (length: string) => `Camina ${length}`,
		about: (length: string) => `Aprox. ${length}`,
		reps: (count: number) => `${count} repeticiones lentas`,
		untimed: 'El tiempo que quieras; luego toca Siguiente'
	},
	library: {
		title: 'Biblioteca de ejercicios',
		description:
			'Todos los estiramientos de Limber, con una imagen y cómo hacerlos, agrupados por postura.',
		back: '← Rutinas',
		intro:
			'Todos los estiramientos que usa Limber, agrupados por postura: de boca arriba a de pie. Abre uno para ver cómo se hace, qué vas a notar y cuándo dejarlo.',
		positions: 'Posturas'
	},
	page: {
		back: '← Biblioteca de ejercicios',
		eachSide: 'cada lado',
		howTo: 'Cómo hacerlo',
		breathing: 'Respiración:',
		feel: 'Qué vas a notar:'
	},
	exercises: {
		'childs-pose': {
			name: 'Postura del niño',
			illustrationAlt:
				'Una persona de rodillas, con las caderas hacia atrás sobre los talones, el pecho apoyado en los muslos y los brazos estirados hacia delante sobre la esterilla.',
			summary:
				'Un estiramiento de descanso que deja que la parte baja de la espalda se alargue y se suelte.',
			steps: [
				'Ponte de rodillas sobre una esterilla, con las rodillas un poco separadas.',
				'Lleva las caderas hacia atrás, hacia los talones.',
				'Avanza las manos por el suelo y apoya el pecho en los muslos.',
				'Deja la frente apoyada en la esterilla o en un cojín.'
			],
			breathing:
				'Respira despacio hacia la espalda y deja que cada vez que sueltas el aire se afloje.',
			feel: 'Un alargamiento suave en la parte baja de la espalda y en las caderas.',
			stopAlso: 'Un cojín bajo las caderas o las rodillas puede hacerlo más fácil.',
			cue: 'Postura del niño. Lleva las caderas hacia atrás, hacia los talones.'
		},
		'knee-to-chest-single': {
			name: 'Una rodilla al pecho',
			illustrationAlt:
				'Una persona boca arriba que abraza una rodilla hacia el pecho, con la otra pierna estirada y apoyada.',
			summary:
				'Abraza una rodilla hacia ti para aliviar la tensión en la parte baja de la espalda.',
			steps: [
				'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
				'Lleva una rodilla hacia el pecho y sujétala con las dos manos.',
				'Deja la otra pierna relajada, doblada o estirada.',
				'Al terminar, baja la pierna despacio.'
			],
			breathing:
				'Suelta el aire mientras acercas la rodilla; luego respira con calma mientras la mantienes.',
			feel: 'Un estiramiento suave en la parte baja de la espalda y en el glúteo.',
			cue: 'Rodilla al pecho. Abraza una rodilla con suavidad hacia el pecho.'
		},
		'knee-to-chest-double': {
			name: 'Las dos rodillas al pecho',
			illustrationAlt: 'Una persona boca arriba que abraza las dos rodillas hacia el pecho.',
			summary:
				'Abraza las dos rodillas para redondear la parte baja de la espalda y dejarla descansar.',
			steps: [
				'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
				'Sube una rodilla y luego la otra hacia el pecho.',
				'Sujeta las piernas por detrás de los muslos o por encima de las rodillas.',
				'Al terminar, baja primero un pie y luego el otro.'
			],
			breathing: 'Respira despacio y deja que la espalda se asiente en el suelo.',
			feel: 'Un estiramiento suave y redondeado en toda la parte baja de la espalda.',
			cue: 'Las dos rodillas al pecho. Abrázalas con suavidad.'
		},
		'cat-cow': {
			name: 'Gato-vaca',
			illustrationAlt:
				'Una persona con las manos y las rodillas en el suelo que arquea la espalda hacia arriba como un gato y luego la deja bajar con suavidad.',
			summary: 'Un balanceo lento de la columna que suelta una espalda rígida.',
			steps: [
				'Apoya las manos y las rodillas en el suelo: las manos debajo de los hombros y las rodillas debajo de las caderas.',
				'Redondea la espalda hacia el techo y deja caer la cabeza.',
				'Después deja que el abdomen baje despacio y levanta un poco la mirada.',
				'Muévete despacio, y solo hasta donde te resulte fácil.'
			],
			breathing: 'Suelta el aire al redondear la espalda y toma aire al dejarla bajar.',
			feel: 'La columna moviéndose con suavidad, poco a poco.',
			cue: 'Gato-vaca. Redondea la espalda despacio y luego déjala bajar.'
		},
		'pelvic-tilt': {
			name: 'Inclinación de la pelvis',
			illustrationAlt:
				'Una persona boca arriba con las rodillas dobladas que apoya la parte baja de la espalda plana sobre la esterilla.',
			summary:
				'Un pequeño balanceo de la pelvis que activa el abdomen y alivia la parte baja de la espalda.',
			steps: [
				'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
				'Aprieta el abdomen con suavidad y presiona la parte baja de la espalda contra el suelo.',
				'Mantén durante una respiración y luego suelta.'
			],
			breathing: 'Suelta el aire al aplanar la espalda y toma aire al soltar.',
			feel: 'Un trabajo ligero en el abdomen y un pequeño balanceo de la pelvis.',
			cue: 'Inclinación de la pelvis. Apoya la parte baja de la espalda en el suelo con suavidad y luego suelta.'
		},
		'lower-trunk-rotation': {
			name: 'Rodillas de lado a lado',
			illustrationAlt:
				'Vista desde arriba: una persona boca arriba con los brazos abiertos y las rodillas dobladas, que caen hacia un lado y luego hacia el otro.',
			summary:
				'Las rodillas se balancean de un lado a otro para girar con suavidad la parte baja de la espalda.',
			steps: [
				'Acuéstate boca arriba con las rodillas dobladas, los pies juntos y los brazos abiertos.',
				'Deja caer las dos rodillas despacio hacia un lado, solo hasta donde te resulte cómodo.',
				'Vuelve al centro y luego déjalas caer hacia el otro lado.',
				'Mantén los dos hombros apoyados en el suelo.'
			],
			breathing: 'Suelta el aire cuando las rodillas bajan y toma aire cuando vuelven.',
			feel: 'Un giro suave en la parte baja de la espalda y en los lados de las caderas.',
			cue: 'Deja caer las rodillas despacio de un lado a otro.'
		},
		'figure-four': {
			name: 'Estiramiento del glúteo con la pierna cruzada',
			illustrationAlt:
				'Vista desde arriba: una persona boca arriba con un tobillo cruzado sobre la rodilla doblada de la otra pierna.',
			summary:
				'Suelta los músculos profundos del glúteo, que a menudo se tensan junto con la parte baja de la espalda.',
			steps: [
				'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
				'Cruza un tobillo sobre la rodilla contraria.',
				'Quédate así, o levanta el pie de abajo y acerca con suavidad las dos piernas hacia ti.',
				'Deja la cabeza y los hombros relajados en el suelo.'
			],
			breathing:
				'Respira despacio y, cada vez que sueltas el aire, deja que la rodilla cruzada se abra un poco más.',
			feel: 'Un estiramiento profundo en el glúteo y en la parte externa de la cadera de la pierna cruzada.',
			cue: 'Pierna cruzada. Cruza un tobillo sobre la rodilla y deja que el estiramiento actúe.'
		},
		sphinx: {
			name: 'Esfinge',
			illustrationAlt:
				'Una persona boca abajo, apoyada en los antebrazos, con los codos debajo de los hombros.',
			summary: 'Una inclinación suave hacia atrás, apoyándote en los antebrazos.',
			steps: [
				'Acuéstate boca abajo con las piernas estiradas.',
				'Pon los codos debajo de los hombros, con los antebrazos en el suelo.',
				'Levanta un poco el pecho y deja la parte baja de la espalda y los glúteos relajados.',
				'Al terminar, baja despacio.'
			],
			breathing: 'Respira despacio y deja que el abdomen se relaje hacia el suelo.',
			feel: 'Un estiramiento suave en el abdomen y una curva suave en la parte baja de la espalda.',
			cue: 'Esfinge. Apóyate en los antebrazos y deja que la parte baja de la espalda se relaje.'
		},
		'hamstring-strap': {
			name: 'Estiramiento de la parte de atrás del muslo con una cinta',
			illustrationAlt:
				'Una persona boca arriba con una pierna levantada y una cinta alrededor del pie, y la otra rodilla doblada.',
			summary:
				'Estira la parte de atrás del muslo, que cuando está tensa puede tirar de la parte baja de la espalda.',
			steps: [
				'Acuéstate boca arriba con las dos rodillas dobladas.',
				'Pasa una cinta, un cinturón o una toalla por la planta de un pie, bajo los dedos.',
				'Estira esa pierna hacia el techo, sujetando la cinta con las dos manos.',
				'Si el estiramiento se siente fuerte, deja la rodilla un poco doblada.'
			],
			breathing:
				'Respira despacio; cada vez que sueltas el aire, deja que la pierna se acerque un poco.',
			feel: 'Un estiramiento a lo largo de la parte de atrás del muslo levantado.',
			cue: 'Parte de atrás del muslo. Sube una pierna con la cinta y deja la rodilla suelta.'
		},
		'glute-bridge': {
			name: 'Puente',
			illustrationAlt:
				'Una persona boca arriba con las rodillas dobladas que levanta un poco las caderas de la esterilla y luego las baja.',
			summary: 'Activa con suavidad los glúteos, que sostienen la parte baja de la espalda.',
			steps: [
				'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados en el suelo, separados al ancho de las caderas.',
				'Empuja con los talones y levanta un poco las caderas del suelo.',
				'Mantén durante una respiración y luego baja despacio.',
				'Sube solo hasta donde te resulte fácil; basta con subir un poco.'
			],
			breathing: 'Suelta el aire al subir y toma aire al bajar.',
			feel: 'Trabajo en los glúteos y en la parte de atrás de los muslos, no en la parte baja de la espalda.',
			cue: 'Puente. Empuja con los talones y sube un poco las caderas.'
		},
		'bird-dog': {
			name: 'Brazo y pierna contrarios',
			illustrationAlt:
				'Una persona con las manos y las rodillas en el suelo y la espalda recta, que estira un brazo hacia delante y la pierna contraria hacia atrás a la altura de la cadera, y luego el otro brazo y la otra pierna.',
			summary: 'Un equilibrio tranquilo que da un apoyo suave alrededor de la columna.',
			steps: [
				'Empieza con las manos y las rodillas en el suelo y la espalda recta.',
				'Estira un brazo hacia delante y la pierna contraria hacia atrás, sin subirla más que la cadera.',
				'Mantén durante una respiración, con las caderas niveladas.',
				'Vuelve despacio y repite.'
			],
			breathing: 'Suelta el aire al estirar y toma aire al volver.',
			feel: 'Un trabajo tranquilo en el abdomen, el glúteo y la espalda, sin forzar.',
			cue: 'Brazo y pierna contrarios. Estira un brazo hacia delante y la pierna contraria hacia atrás.'
		},
		'seated-forward-fold': {
			name: 'Inclinación hacia adelante en una silla',
			illustrationAlt:
				'Una persona en una silla, inclinada hacia delante sobre los muslos, con la cabeza y los brazos colgando.',
			summary:
				'Una inclinación lenta hacia delante desde una silla, que deja que la espalda se redondee y descanse.',
			steps: [
				'Siéntate cerca del borde de una silla estable, con los pies apoyados en el suelo y separados.',
				'Inclínate despacio hacia delante y deja que el pecho baje hacia los muslos.',
				'Deja colgar la cabeza y los brazos.',
				'Sube despacio, empujando con suavidad con las manos sobre los muslos.'
			],
			breathing: 'Suelta el aire al inclinarte y luego respira despacio hacia la espalda.',
			feel: 'Un estiramiento suave y redondeado a lo largo de la espalda.',
			stopAlso: 'Si notas mareo, sube despacio.',
			cue: 'Inclinación hacia adelante. Inclínate despacio y deja colgar la cabeza y los brazos.'
		},
		'seated-twist': {
			name: 'Giro en una silla',
			illustrationAlt:
				'Una persona en una silla con la espalda recta, una mano sobre la rodilla contraria y la otra detrás, girando con suavidad.',
			summary:
				'Un giro suave de la parte de arriba del cuerpo que suelta la espalda después de estar mucho en una silla.',
			steps: [
				'Siéntate con la espalda recta en una silla estable, con los pies apoyados en el suelo.',
				'Pon una mano sobre la rodilla contraria y la otra detrás de ti, en el asiento.',
				'Gira el pecho con suavidad hacia la mano de atrás.',
				'Vuelve despacio al centro.'
			],
			breathing: 'Estira la espalda al tomar aire y gira un poco más al soltarlo.',
			feel: 'Un estiramiento suave a lo largo de los lados de la espalda.',
			cue: 'Giro en la silla. Espalda recta, gira con suavidad, sin forzar.'
		},
		'standing-back-extension': {
			name: 'Inclinación hacia atrás de pie',
			illustrationAlt:
				'Una persona de pie con las manos en la parte baja de la espalda, que se inclina un poco hacia atrás y luego vuelve a la posición recta.',
			summary:
				'Una pequeña inclinación hacia atrás que deshace la curva hacia delante de estar en una silla.',
			steps: [
				'Ponte de pie con la espalda recta y los pies separados al ancho de las caderas.',
				'Pon las manos en la parte baja de la espalda, con los dedos hacia abajo.',
				'Inclínate hacia atrás con suavidad, solo un poco, con las rodillas sueltas.',
				'Vuelve a la posición recta.'
			],
			breathing: 'Toma aire al inclinarte hacia atrás y suéltalo al volver.',
			feel: 'Un arco suave en la parte baja de la espalda.',
			cue: 'Manos en la parte baja de la espalda. Inclínate hacia atrás con suavidad y vuelve.'
		},
		'hip-flexor-lunge': {
			name: 'Estiramiento de la parte delantera de la cadera, de rodillas',
			illustrationAlt:
				'Una persona con una rodilla en el suelo y el otro pie delante, con la parte de arriba del cuerpo recta y las caderas avanzando un poco.',
			summary:
				'Estira la parte delantera de la cadera, que se acorta al pasar mucho tiempo en una silla y puede tirar de la parte baja de la espalda.',
			steps: [
				'Apoya una rodilla en el suelo y el otro pie delante de ti. Pon algo blando bajo la rodilla.',
				'Si quieres, sujétate a una silla o a la pared para mantener el equilibrio.',
				'Mete un poco el coxis hacia abajo y lleva las caderas con suavidad hacia delante.',
				'Mantén la parte de arriba del cuerpo recta.'
			],
			breathing: 'Respira despacio y, al soltar el aire, deja que las caderas avancen un poco.',
			feel: 'Un estiramiento en la parte delantera de la cadera de la pierna de atrás.',
			cue: 'Parte delantera de la cadera. Mete el coxis y lleva las caderas hacia delante con suavidad.'
		},
		'gentle-walk': {
			name: 'Paseo suave',
			illustrationAlt: 'Una persona caminando erguida a paso tranquilo, con los brazos sueltos.',
			summary:
				'Un paseo por tiempo, no por distancia: camina el tiempo marcado, tan despacio como necesites.',
			steps: [
				'Empieza al ritmo que puedas. Los pasos cortos y lentos están bien.',
				'Camina la mitad del tiempo hacia fuera; luego da la vuelta y regresa.',
				'Detente cuando se acabe el tiempo, aunque sea un buen día; la próxima vez puedes añadir un minuto.',
				'Si aparece un calambre, detente y estira con suavidad.'
			],
			breathing: 'Respira con calma. El ritmo justo te deja hablar mientras caminas.',
			feel: 'La rigidez cediendo un poco al avanzar, y calor en la espalda y las caderas.',
			cue: 'Camina el tiempo del reloj, tan despacio como necesites. Pasos cortos y tranquilos.',
			halfwayCue: 'Vas por la mitad. Da la vuelta y regresa.'
		},
		'supine-rest': {
			name: 'Descanso boca arriba',
			illustrationAlt:
				'Una persona boca arriba con un cojín bajo la cabeza, las rodillas dobladas, los pies apoyados y las manos sobre el abdomen.',
			summary:
				'Boca arriba con las rodillas dobladas, dejando que los músculos de la espalda dejen de trabajar.',
			steps: [
				'Acuéstate boca arriba sobre una esterilla o una cama firme, con un cojín fino bajo la cabeza.',
				'Dobla las rodillas y apoya los pies en el suelo, separados al ancho de las caderas.',
				'Pon las manos sobre el abdomen y deja que la espalda se hunda en el suelo.'
			],
			breathing: 'Respira despacio y deja que el abdomen suba y baje bajo tus manos.',
			feel: 'Los músculos de la espalda aflojándose y soltándose.',
			cue: 'Descansa boca arriba con las rodillas dobladas. Deja que la espalda se hunda en el suelo.',
			halfwayCue:
				'Fíjate dónde sigues apretando: la mandíbula, los hombros, el abdomen. Suelta cada uno.'
		},
		'seated-pelvic-tilt': {
			name: 'Inclinación de la pelvis en una silla',
			illustrationAlt:
				'Una persona en una silla que redondea despacio la parte baja de la espalda y luego se endereza.',
			summary: 'Un pequeño balanceo de la pelvis que puedes hacer en tu mesa de trabajo.',
			steps: [
				'Siéntate cerca del borde de una silla, con los pies apoyados en el suelo.',
				'Lleva la pelvis hacia atrás, de modo que la parte baja de la espalda se redondee un poco.',
				'Después llévala hacia delante y endereza la espalda.',
				'Haz el movimiento pequeño y suave.'
			],
			breathing: 'Suelta el aire al redondear la espalda y toma aire al enderezarte.',
			feel: 'La parte baja de la espalda moviéndose con suavidad después de estar quieta.',
			cue: 'Inclinación de la pelvis en la silla. Redondea despacio la parte baja de la espalda y luego endereza.'
		},
		'standing-side-bend': {
			name: 'Inclinación lateral de pie',
			illustrationAlt:
				'Vista de frente: una persona de pie con los pies separados, un brazo estirado hacia arriba y por encima, inclinándose con suavidad hacia un lado.',
			summary: 'Una inclinación suave que estira el costado de la cintura y la espalda.',
			steps: [
				'Ponte de pie con los pies separados al ancho de las caderas y las rodillas sueltas.',
				'Sube un brazo por encima de la cabeza y apoya la otra mano en el muslo.',
				'Inclínate con suavidad hacia el lado contrario al brazo levantado.',
				'Vuelve despacio a la posición recta.'
			],
			breathing: 'Toma aire al estirar el brazo y suéltalo al inclinarte.',
			feel: 'Un estiramiento a lo largo del costado de la cintura y la espalda.',
			cue: 'Inclinación lateral. Sube un brazo por encima y inclínate con suavidad hacia un lado.'
		},
		'prone-rest': {
			name: 'Descanso boca abajo con una almohada',
			illustrationAlt:
				'Una persona boca abajo con una almohada bajo el abdomen, la cabeza girada hacia un lado y los brazos relajados.',
			summary:
				'Un descanso boca abajo con una almohada bajo el abdomen, para quien lo encuentra más fácil que estar boca arriba.',
			steps: [
				'Acuéstate boca abajo sobre una cama firme o una esterilla.',
				'Pon una almohada bajo el abdomen, para que la parte baja de la espalda no se arquee.',
				'Gira la cabeza hacia el lado que te resulte cómodo.',
				'Deja los brazos a los lados o junto a la cabeza, y deja que la espalda se asiente.'
			],
			breathing: 'Respira despacio hacia el abdomen y nota cómo presiona con suavidad la almohada.',
			feel: 'La parte baja de la espalda descansando y aflojándose.',
			stopAlso: 'Si boca abajo te resulta incómodo, descansa boca arriba o de lado.',
			cue: 'Descansa boca abajo, con una almohada bajo el abdomen. Deja que la espalda se relaje.'
		},
		'wall-lean': {
			name: 'Apoyo en la pared',
			illustrationAlt:
				'Una persona de pie con la espalda contra la pared y las rodillas sueltas, que acerca la parte baja de la espalda a la pared.',
			summary:
				'Una inclinación de la pelvis de pie contra la pared, fácil de hacer en un descanso.',
			steps: [
				'Ponte de pie con la espalda contra la pared, los pies un paso corto hacia delante y las rodillas sueltas.',
				'Aprieta el abdomen con suavidad y acerca la parte baja de la espalda a la pared.',
				'Mantén durante una respiración y luego suelta.'
			],
			breathing: 'Suelta el aire al presionar hacia atrás y toma aire al soltar.',
			feel: 'Un trabajo ligero en el abdomen y un alivio suave en la parte baja de la espalda.',
			cue: 'Apoyo en la pared. Acerca la parte baja de la espalda a la pared y luego suelta.'
		},
		'settle-on-the-floor': {
			name: 'Acomódate en el suelo, donde estés',
			illustrationAlt:
				'Vista desde arriba: una persona de lado en el suelo, con las rodillas dobladas y un cojín bajo la cabeza.',
			summary:
				'¿Ya estás en el suelo? Quédate ahí. Ponte de lado o boca arriba desde donde estés, poco a poco, sin ponerte de rodillas.',
			steps: [
				'Quédate donde estás un momento y suelta el aire despacio. No hay prisa.',
				'Si estás boca abajo o con las manos y las rodillas en el suelo, bájate despacio hacia un lado, con las rodillas dobladas.',
				'Si tienes cerca un cojín o ropa doblada, ponlo bajo la cabeza.',
				'Quédate de lado, o gira hasta quedar boca arriba, girando hombros y caderas a la vez.'
			],
			breathing:
				'Suelta el aire al moverte y descansa una o dos respiraciones entre cada pequeño movimiento.',
			feel: 'El suelo sosteniendo tu peso, y la espalda sin tener que sostenerte.',
			stopAlso: 'Está bien quedarte de lado durante todo el descanso.',
			cue: 'Quédate en el suelo. Ponte de lado despacio, con las rodillas dobladas. Luego quédate así o gira hasta quedar boca arriba.'
		},
		'sit-on-the-bed': {
			name: 'Siéntate en una cama o un sofá',
			illustrationAlt:
				'Una persona de pie con las manos en los muslos, y después sentada en el borde de una cama, con las manos junto a las caderas.',
			summary:
				'Desde de pie o desde una silla, ve a la cama o al sofá más cercano con pasos cortos y siéntate en el borde, para después acostarte.',
			steps: [
				'Si estás en una silla, desplázate hasta el borde del asiento, pon las manos en los muslos y empuja para ponerte de pie.',
				'Camina despacio hasta la cama o el sofá más cercano con pasos cortos, apoyándote en los muebles o en la pared.',
				'Date la vuelta hasta que la parte de atrás de las piernas toque el borde.',
				'Con las manos en los muslos, dobla las rodillas y bájate hasta el borde, más o menos donde quedarán las caderas al acostarte.'
			],
			breathing:
				'Suelta el aire al ponerte de pie y al sentarte. Intenta no aguantar la respiración.',
			feel: 'Las piernas y los brazos haciendo el trabajo, mientras la espalda se mantiene bastante recta.',
			stopAlso:
				'Si no puedes llegar a una cama o un sofá, siéntate en una silla estable con la espalda apoyada.',
			cue: 'Pasos cortos hasta la cama o el sofá más cercano. Date la vuelta, manos en los muslos, y siéntate en el borde.'
		},
		'log-roll-out-of-bed': {
			name: 'Salir de la cama girando en bloque',
			illustrationAlt:
				'Una persona de lado en el borde de la cama, con las piernas colgando por el lado, que se empuja hacia arriba con los dos brazos y después queda sentada en el borde con los pies en el suelo.',
			summary:
				'Levántate sin girar la cintura ni incorporarte de golpe: gira todo el cuerpo en bloque y deja que los brazos hagan la fuerza.',
			steps: [
				'Acuéstate boca arriba cerca del borde de la cama y dobla las dos rodillas.',
				'Ponte de lado hacia el borde, girando hombros, caderas y rodillas a la vez.',
				'Deja que las piernas bajen por el borde mientras te empujas hacia arriba, de lado, con los dos brazos.',
				'Quédate en el borde unas cuantas respiraciones, con los pies apoyados en el suelo.',
				'Para ponerte de pie, desplázate hacia delante, pon las manos en los muslos y empuja.'
			],
			breathing: 'Suelta el aire al empujar hacia arriba. Intenta no aguantar la respiración.',
			feel: 'Los brazos y las piernas llevando el peso, mientras la espalda se mueve poco.',
			cue: 'Gira en bloque. Rodillas dobladas, ponte de lado y empuja con los brazos mientras las piernas bajan por el borde.'
		},
		'log-roll-into-bed': {
			name: 'Acostarse girando en bloque',
			illustrationAlt:
				'Una persona en el borde de una cama que se baja de lado apoyándose en un codo, subiendo las dos piernas a la cama a la vez.',
			summary:
				'Acuéstate igual que te levantarías, pero al revés, para que la espalda no tenga que girar ni cargar tu peso.',
			steps: [
				'Siéntate en el borde de la cama o del sofá, más o menos donde quedarán las caderas al acostarte.',
				'Inclínate hacia un lado y bájate apoyándote en el codo y en la otra mano.',
				'Mientras el hombro baja, sube las dos piernas a la vez, con las rodillas dobladas.',
				'Gira hasta quedar boca arriba, girando hombros y caderas a la vez.'
			],
			breathing: 'Suelta el aire despacio mientras te bajas.',
			feel: 'Los brazos llevando el peso y la espalda estable mientras te acuestas.',
			cue: 'Siéntate en el borde de la cama. Bájate de lado con los brazos, sube las dos piernas a la vez y gira hasta quedar boca arriba.'
		},
		'floor-down-in-stages': {
			name: 'Bajar al suelo por etapas',
			illustrationAlt:
				'Una persona con una rodilla en el suelo y el otro pie delante, con las dos manos en el asiento de una silla, y después con las manos y las rodillas en el suelo.',
			summary:
				'Baja al suelo por etapas, sujetándote a una silla estable. Tendrás que ponerte de rodillas un momento.',
			steps: [
				'Ponte de pie frente a una silla estable y apoya las dos manos en el asiento.',
				'Lleva un pie hacia atrás y baja esa rodilla al suelo, sujetándote a la silla. Una toalla doblada protege la rodilla.',
				'Baja la otra rodilla, de modo que quedes de rodillas con las manos en la silla.',
				'Pasa las manos al suelo. Para un estiramiento de rodillas, quédate con las manos y las rodillas en el suelo.',
				'Para un estiramiento boca arriba, bájate sobre una cadera, luego de lado, y gira hasta quedar boca arriba con las rodillas dobladas.'
			],
			breathing: 'Suelta el aire al bajar cada etapa y respira una o dos veces entre una y otra.',
			feel: 'Las piernas y los brazos haciendo el trabajo, y la espalda bastante recta.',
			stopAlso:
				'Si te duele ponerte de rodillas, descansa en una cama o un sofá en lugar del suelo.',
			cue: 'Bajar por etapas. Manos en la silla, una rodilla al suelo, luego la otra, y después de lado.'
		},
		'floor-up-in-stages': {
			name: 'Levantarse del suelo por etapas',
			illustrationAlt:
				'Una persona con una rodilla en el suelo y el otro pie delante, con las dos manos en el asiento de una silla, y después de pie con las piernas rectas, sujetando el respaldo de la silla.',
			summary:
				'Levántate del suelo por etapas, empujando en una silla estable, para que las piernas hagan la fuerza.',
			steps: [
				'Ponte de lado y luego empuja hasta quedar con las manos y las rodillas en el suelo.',
				'Acércate a una silla estable y apoya las dos manos en el asiento.',
				'Lleva un pie hacia delante, apoyado en el suelo, de modo que quede una rodilla en el suelo.',
				'Empuja con la pierna de delante y con los brazos para ponerte de pie, con la espalda bastante recta.',
				'Quédate de pie sin moverte una o dos respiraciones antes de caminar.'
			],
			breathing: 'Suelta el aire al empujar en cada etapa.',
			feel: 'Las piernas y los brazos levantándote, mientras la espalda se mantiene estable.',
			stopAlso:
				'Si no puedes levantarte, descansa de lado un rato o pide a alguien que sujete la silla.',
			cue: 'Levantarse por etapas. Manos y rodillas en el suelo, manos en la silla, un pie delante y empuja.'
		},
		'rest-legs-on-chair': {
			name: 'Descanso con las piernas sobre una silla',
			illustrationAlt:
				'Una persona boca arriba en el suelo, con la cabeza sobre un cojín y las piernas apoyadas en el asiento de una silla, con las caderas y las rodillas dobladas en ángulo recto.',
			summary:
				'Acuéstate boca arriba con las piernas apoyadas en una silla o un sofá: para mucha gente, la postura más cómoda durante un espasmo.',
			steps: [
				'Acuéstate boca arriba con un cojín fino bajo la cabeza.',
				'Apoya las piernas en el asiento de una silla o de un sofá, o sobre varias almohadas firmes en la cama.',
				'Acomódate hasta que las caderas y las rodillas queden dobladas más o menos en ángulo recto.',
				'Deja descansar los brazos y deja que la espalda se hunda.'
			],
			breathing:
				'Respira despacio hacia el abdomen y deja que cada vez que sueltas el aire dure un poco más.',
			feel: 'Los músculos de la espalda aflojándose, sin nada que sostener.',
			stopAlso: 'Si esta postura te duele, prueba de lado con una almohada entre las rodillas.',
			cue: 'Descansa con las piernas apoyadas en una silla o en almohadas. Deja que la espalda se hunda.',
			halfwayCue:
				'Deja caer los hombros, y deja que la espalda pese más cada vez que sueltas el aire.'
		},
		'rest-side-pillow': {
			name: 'Descanso de lado con una almohada',
			illustrationAlt:
				'Una persona de lado con las rodillas dobladas, una almohada entre las rodillas y otra bajo la cabeza.',
			summary:
				'Acuéstate de lado con las rodillas dobladas y una almohada entre ellas, para que las caderas queden niveladas y la espalda pueda descansar.',
			steps: [
				'Acuéstate del lado que te resulte más cómodo, con una almohada bajo la cabeza.',
				'Dobla un poco las rodillas y pon una almohada entre ellas.',
				'Apoya el brazo de arriba en una almohada o a lo largo del cuerpo.',
				'Deja que la espalda se asiente. Muévete siempre que lo necesites.'
			],
			breathing: 'Respira despacio y deja que el abdomen se afloje.',
			feel: 'Las caderas niveladas y la espalda descansando.',
			stopAlso: 'Cambia de lado o de postura siempre que lo necesites.',
			cue: 'Descanso de lado. Rodillas dobladas, una almohada entre ellas. Deja que la espalda se suelte.',
			halfwayCue: 'Afloja la mandíbula y los hombros. Ahora no hay nada que hacer, solo respirar.'
		},
		'belly-breathing': {
			name: 'Respiración abdominal',
			illustrationAlt:
				'Una persona boca arriba con las rodillas dobladas, una mano sobre el abdomen y otra sobre el pecho.',
			summary:
				'Respiraciones lentas y tranquilas hacia el abdomen, boca arriba con las rodillas dobladas, para ayudar a que se suelten los músculos tensos de la espalda.',
			steps: [
				'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados, o con las piernas sobre almohadas.',
				'Pon una mano sobre el abdomen y otra sobre el pecho.',
				'Toma aire con suavidad por la nariz y nota cómo el abdomen sube bajo tu mano.',
				'Suelta el aire despacio, un poco más largo que al tomarlo, y deja que el abdomen baje.'
			],
			breathing:
				'Toma aire contando hasta cuatro, más o menos, y suéltalo contando hasta seis. No hace falta forzar.',
			feel: 'El abdomen subiendo y bajando, y la espalda y los hombros cada vez más pesados.',
			stopAlso: 'Si respirar despacio te marea, respira normal durante un rato.',
			cue: 'Respiración abdominal. Una mano sobre el abdomen. Toma aire con suavidad y suéltalo despacio.',
			halfwayCue:
				'Sigue respirando despacio. Cada vez que sueltas el aire, deja que la espalda se hunda un poco más.'
		},
		'brace-cough-sneeze': {
			name: 'Prepararse para toser o estornudar',
			illustrationAlt:
				'Una persona de pie con las rodillas un poco dobladas y una mano apoyada en el abdomen, preparándose.',
			summary:
				'Una ligera tensión del abdomen antes de toser o estornudar, para que la espalda reciba menos sacudida. Practícala y úsala cuando llegue.',
			steps: [
				'Cuando notes que viene una tos o un estornudo, quédate de pie sin moverte, o siéntate si puedes.',
				'Dobla un poco las rodillas y apoya una mano en el abdomen.',
				'Tensa con suavidad el abdomen bajo la mano, como si te prepararas para empujar algo ligero.',
				'Tose o estornuda, y luego deja que el abdomen se relaje.'
			],
			breathing: 'Sigue respirando mientras practicas; luego suelta el aire y afloja.',
			feel: 'El abdomen firme bajo la mano, y menos sacudida en la espalda.',
			cue: 'Practica la tensión. Rodillas sueltas, una mano en el abdomen. Tensa con suavidad y luego suelta.'
		},
		'socks-shoes-sitting': {
			name: 'Calcetines y zapatos, en una silla',
			illustrationAlt:
				'Una persona en una silla, con la espalda recta y un tobillo apoyado sobre la otra rodilla, poniéndose un calcetín.',
			summary:
				'Ponte los calcetines y los zapatos en una silla, acercando cada pie hacia ti en lugar de agacharte hasta él.',
			steps: [
				'Siéntate en una silla estable o en el borde de la cama, con los pies apoyados en el suelo.',
				'Levanta un pie y apóyalo sobre la otra rodilla o en un taburete bajo.',
				'Ponte el calcetín o el zapato con la espalda bastante recta.',
				'Baja el pie y haz lo mismo con el otro. Los zapatos sin cordones o un calzador largo lo hacen más fácil.'
			],
			breathing: 'Respira con calma y suelta el aire al levantar cada pie.',
			feel: 'La cadera doblándose mientras la espalda se mantiene bastante recta.',
			stopAlso: 'Si te duele levantar el pie, pide ayuda a alguien por ahora.',
			cue: 'Calcetines y zapatos, en una silla. Acerca el pie hacia ti.'
		},
		'car-in-out': {
			name: 'Subir y bajar del auto',
			illustrationAlt:
				'Una persona sentada de lado en el asiento de un auto, con los dos pies en el suelo, a punto de meter las dos piernas a la vez.',
			summary:
				'Siéntate primero en el asiento y luego mete las dos piernas a la vez, para que la espalda no gire.',
			steps: [
				'Echa el asiento hacia atrás. Ponte de pie de espaldas al asiento.',
				'Sujétate al marco de la puerta y bájate hasta el asiento, metiendo la cabeza al final.',
				'Con las rodillas juntas, gira las piernas y las caderas hacia dentro a la vez, con pequeños movimientos.',
				'Para bajar, hazlo al revés: saca las dos piernas a la vez, apoya los pies en el suelo y ponte de pie.'
			],
			breathing: 'Suelta el aire al bajar hacia el asiento y al ponerte de pie.',
			feel: 'Todo el cuerpo girando en bloque, sin torcer la cintura.',
			cue: 'Siéntate primero en el asiento y luego mete las dos piernas a la vez.'
		},
		'supported-sitting': {
			name: 'Sentarse con apoyo',
			illustrationAlt:
				'Una persona en una silla con la espalda recta, una toalla enrollada detrás de la parte baja de la espalda y los pies apoyados en el suelo.',
			summary:
				'Siéntate con una toalla enrollada en la parte baja de la espalda y los pies apoyados en el suelo, para que la silla te sostenga.',
			steps: [
				'Siéntate bien al fondo de una silla firme.',
				'Pon una toalla enrollada o un cojín pequeño detrás de la parte baja de la espalda.',
				'Apoya los pies en el suelo, con las rodillas más o menos a la altura de las caderas.',
				'Levántate y muévete un poco cada 20 o 30 minutos.'
			],
			breathing: 'Respira con calma y deja caer los hombros.',
			feel: 'La espalda apoyada, sin tener que sostenerte.',
			stopAlso: 'Si te duele estar en la silla, ponte de pie o acuéstate un rato.',
			cue: 'Siéntate al fondo, con una toalla enrollada detrás de la parte baja de la espalda y los pies apoyados.'
		}
	}
} satisfies Messages<typeof en>;
