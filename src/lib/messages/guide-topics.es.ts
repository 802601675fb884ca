import type { Messages } from '$lib/i18n/catalog';
import type en from './guide-topics.en';

export default {
	'see-a-doctor': [
		{
			paragraphs: [
				'Si los espasmos desaparecen en un día, normalmente no hace falta ir al médico.',
				'Si tienes dudas, pide ayuda.'
			]
		}
	],
	'what-is-a-spasm': [
		{
			paragraphs: [
				'Un espasmo es un músculo que se tensa por sí solo. En la parte baja de la espalda puede sentirse como un nudo duro, un calambre o algo que aprieta y no suelta. Puede ser molesto o bastante doloroso.',
				'Un dolor fuerte no significa que haya un daño grave. A veces el dolor se extiende a un glúteo o baja por una pierna y cuesta moverse; muchas veces eso también se calma. El primer tema, Cuándo pedir ayuda, dice qué señales necesitan un médico.'
			]
		},
		{
			heading: 'Causas frecuentes',
			paragraphs: [
				'A menudo hay más de una, y a menudo no hay ninguna razón clara. No significa que hayas hecho nada mal.'
			],
			bullets: [
				'Músculos cansados o sobrecargados',
				'Pasar mucho tiempo en la misma postura, por ejemplo muchas horas en una silla',
				'Beber poco',
				'Pocos electrolitos, las sales y minerales que necesitan los músculos',
				'Estirar demasiado',
				'Una lesión de espalda anterior',
				'Algunas enfermedades de larga duración'
			]
		},
		{
			heading: 'Lo bueno',
			paragraphs: [
				'La mayoría de los espasmos mejoran con cuidados en casa: descanso, frío o calor, líquidos, movimiento suave y estiramientos. Esta guía te explica cada uno, en el orden en que la gente suele probarlos.'
			]
		}
	],
	'what-to-expect': [
		{
			paragraphs: [
				'Un espasmo puede doler mucho y asustar, sobre todo el primer día o los dos primeros. Un dolor tan fuerte no significa que la espalda tenga un daño grave.',
				'La mayoría de los espasmos y del dolor en la parte baja de la espalda mejoran mucho en unos días o unas semanas. Algunos tardan más, y algunos vuelven de vez en cuando; las dos cosas son frecuentes, y normalmente vuelven a mejorar.'
			]
		},
		{
			heading: 'Sigue moviéndote, con suavidad',
			paragraphs: [
				'En las primeras horas ayudan los descansos cortos en una postura cómoda. Después, el movimiento suave ayuda a que la espalda se recupere; pasar horas o días en la cama suele retrasarlo.',
				'Poco y a menudo funciona bien: unos minutos de paseo o unos movimientos suaves, varias veces al día, y un poco más a medida que mejora.'
			]
		},
		{
			heading: 'Que duela no significa que haga daño',
			paragraphs: [
				'Al principio, moverte puede doler. Una molestia que luego se calma es normal, y no es señal de daño.'
			],
			bullets: [
				'Detente y descansa si notas un dolor punzante o un dolor que se extiende a una pierna.',
				'Haz menos la próxima vez si después estás peor y no se calma.',
				'Lee cuándo pedir ayuda si pasa algo nuevo o que te preocupa.'
			]
		},
		{
			paragraphs: [
				'Cada espalda es distinta, así que nadie puede decir exactamente cuánto tardará la tuya. Si anotas el dolor en el registro del día, verás hacia dónde va.'
			]
		}
	],
	'getting-up-and-down': [
		{
			paragraphs: [
				'Durante un espasmo, los momentos más difíciles suelen ser bajar y volver a levantarse. Tres costumbres los hacen más fáciles para la espalda: muévete despacio, gira hombros y caderas a la vez, y empuja con los brazos y las piernas, no con la espalda.'
			]
		},
		{
			heading: 'Salir de la cama y volver a ella',
			paragraphs: ['Para salir, gira en bloque:'],
			bullets: [
				'Dobla las rodillas y gira hasta quedar de lado, todo a la vez.',
				'Deja que las piernas bajen por el borde mientras te incorporas de lado empujando con los brazos.',
				'Quédate en el borde unas cuantas respiraciones y luego ponte de pie empujando con las manos sobre los muslos.'
			]
		},
		{
			paragraphs: [
				'Para acostarte, haz lo mismo al revés: siéntate en el borde, bájate de lado apoyándote en los brazos, sube las dos piernas a la vez y luego gira hasta quedar boca arriba.'
			]
		},
		{
			heading: 'Bajar al suelo y volver a levantarte',
			paragraphs: [
				'Usa una silla firme. Para bajar: las manos en el asiento, una rodilla al suelo, luego la otra, después sobre una cadera y de lado. Para subir: con las manos y las rodillas en el suelo, las manos en la silla, un pie adelante y luego empuja con las piernas.',
				'Si ponerte de rodillas duele demasiado, descansa en una cama o un sofá en lugar del suelo. La rutina de las primeras horas no tiene ningún ejercicio de rodillas.'
			]
		},
		{
			heading: 'Si te quedas sin poder moverte',
			paragraphs: [
				'Quédate donde estás, respira despacio y espera unos minutos antes de volver a intentarlo, más despacio. A menudo ayuda girar hasta quedar de lado con una almohada entre las rodillas. Puedes pedirle a alguien que te sujete una silla o te traiga lo que necesitas.'
			]
		}
	],
	rest: [
		{
			paragraphs: [
				'El primer paso es el más sencillo: detente y da un descanso a los músculos tensos.',
				'Busca un lugar tranquilo para sentarte o acostarte. A mucha gente le resulta más fácil acostarse boca arriba con las piernas apoyadas en una silla o en almohadas, o de lado con una almohada entre las rodillas. Otras personas prefieren estar boca abajo con una almohada bajo el abdomen.',
				'Lo que más ayuda son los descansos cortos. Después, levántate y muévete con suavidad: pasar horas o días en la cama retrasa la recuperación.'
			]
		}
	],
	cold: [
		{
			paragraphs: [
				'El frío puede calmar un espasmo. Pon una bolsa de hielo sobre la zona que duele durante unos 20 minutos; luego quítala y deja que la piel recupere su temperatura. Eso es una sesión. Si el espasmo vuelve, puedes repetir después de un par de horas.',
				'El frío no ayuda a todo el mundo. Si a ti no te ayuda, prueba con calor.'
			]
		},
		{
			heading: 'Usar el frío con seguridad',
			paragraphs: [],
			bullets: [
				'Envuelve la bolsa en un paño fino o una toalla.',
				'Nunca pongas el hielo directamente sobre la piel.',
				'Mira tu piel antes de cada sesión. Si se ve rara o sigue adormecida, no pongas la bolsa.',
				'No uses frío ni calor sobre piel con poca sensibilidad (adormecimiento, diabetes, mala circulación) ni sobre piel con heridas.'
			]
		}
	],
	heat: [
		{
			paragraphs: [
				'El calor ayuda a que los músculos tensos y cansados se suelten. Puede ayudar una almohadilla térmica, una bolsa de agua caliente o un baño o una ducha templados.',
				'Unos 20 minutos cada vez son suficientes.'
			]
		},
		{
			heading: 'Usar el calor con seguridad',
			paragraphs: [],
			bullets: [
				'Deja una toalla o una funda entre el calor y la piel.',
				'Basta con calor suave; en la piel nunca debe sentirse caliente.',
				'No te duermas nunca sobre una almohadilla térmica ni con una bolsa de agua caliente.',
				'Mira tu piel después.',
				'No uses frío ni calor sobre piel con poca sensibilidad (adormecimiento, diabetes, mala circulación) ni sobre piel con heridas.'
			]
		}
	],
	fluids: [
		{
			paragraphs: [
				'Los músculos necesitan agua y electrolitos, las sales y minerales del cuerpo, para funcionar bien. Cuando falta alguno de los dos, se producen calambres o espasmos con más facilidad.',
				'Bebe más agua de lo normal a lo largo del día. Los plátanos o una bebida con electrolitos pueden ayudar si tienes pocos electrolitos.',
				'Esto solo ayuda cuando la falta de líquidos es parte de la causa, y tarda un tiempo en hacer efecto, así que sigue también con los otros pasos.',
				'Si un médico te ha dicho que limites lo que bebes, por ejemplo por un problema de corazón o de riñón, sigue su consejo.'
			]
		}
	],
	movement: [
		{
			paragraphs: [
				'Cuando un espasmo viene de pasar demasiado tiempo en una silla o sin moverte, el movimiento suave vuelve a poner los músculos en marcha.',
				'Prueba un paseo corto y tranquilo, por tiempo y no por distancia: 3 minutos, aunque sea muy despacio. Cuando vaya bien, alarga un poco el siguiente paseo, paso a paso: 5 minutos, y luego 10 minutos. Subir unos cuantos tramos de escalera despacio también ayuda. Si empieza un calambre, detente y estira con suavidad.',
				'Si la causa no es la falta de movimiento, suele ser mejor estirar con suavidad que hacer ejercicio.'
			]
		}
	],
	stretching: [
		{
			paragraphs: [
				'Los estiramientos suaves pueden ayudar a que los músculos tensos se suelten y a que te muevas con más libertad.',
				'La postura del niño es un buen comienzo: ponte de rodillas, lleva la cadera hacia los talones y apoya el pecho sobre los muslos. Si te cuesta ponerte de rodillas, es más suave llevar una rodilla al pecho boca arriba.'
			]
		},
		{
			heading: 'Estira con cuidado',
			paragraphs: [],
			bullets: [
				'Muévete despacio y sigue respirando.',
				'Una molestia que luego se calma es normal; déjalo si notas dolor punzante o dolor que se extiende a una pierna.',
				'Deja cualquier estiramiento que te cause adormecimiento u hormigueo.',
				'Si después estás peor y no se calma, haz menos la próxima vez.',
				'En un día malo, haz menos: los estiramientos suaves acostados se hacen todos boca arriba o de lado.'
			]
		},
		{
			heading: 'Consulta antes de empezar',
			paragraphs: [
				'Pregunta a un médico o un fisioterapeuta antes de hacer estos estiramientos si te pasa algo de esto:'
			],
			bullets: [
				'Estás embarazada.',
				'Te han operado de la espalda hace poco.',
				'Tienes los huesos frágiles (osteoporosis).',
				'Es para alguien menor de 16 años.'
			]
		}
	],
	'pain-relief': [
		{
			paragraphs: [
				'Algunos analgésicos que se compran sin receta reducen la inflamación además del dolor. Si el dolor baja, es más fácil descansar, moverte y estirar.',
				'Limber no recomienda ningún medicamento ni ninguna dosis.'
			]
		},
		{
			heading: 'Antes de tomar nada',
			paragraphs: [],
			bullets: [
				'Lee las instrucciones del envase y síguelas, y nunca tomes más de lo que indican.',
				'Toma la dosis más baja que funcione, durante el menor tiempo posible.',
				'Pregunta antes en la farmacia si estás embarazada, has tenido una úlcera de estómago, tienes asma, problemas de riñón, de hígado o de corazón, o tomas un anticoagulante.',
				'Pregunta en la farmacia qué producto te conviene, sobre todo si tomas otros medicamentos.',
				'Los geles antiinflamatorios que se aplican sobre la piel son otra opción; en la farmacia te pueden decir si alguno te conviene.'
			]
		},
		{
			paragraphs: [
				'Anota el dolor en el registro del día, para ver si va mejorando de un día a otro.'
			]
		}
	],
	'everyday-moves': [
		{
			heading: 'Toser y estornudar',
			paragraphs: [
				'Una tos o un estornudo de golpe pueden sacudir una espalda dolorida. Cuando notes que viene, dobla un poco las rodillas, pon una mano sobre el abdomen y tensa el abdomen con suavidad. También ayuda apoyarte un poco en una mesa o en la pared.'
			]
		},
		{
			heading: 'Vestirte',
			paragraphs: [],
			bullets: [
				'Siéntate para ponerte los calcetines, los zapatos y los pantalones.',
				'Acerca cada pie hacia ti, cruzándolo sobre la otra rodilla o sobre un taburete bajo, en lugar de agacharte hacia él.',
				'Por ahora ayudan los zapatos sin cordones y un calzador largo.',
				'Antes de empezar, deja a mano todo lo que necesitas.'
			]
		},
		{
			heading: 'El baño',
			paragraphs: [],
			bullets: [
				'Bájate despacio, con las manos sobre los muslos o en una barra si hay una firme.',
				'Deja los pies apoyados en el suelo y un poco separados.',
				'Levántate de la misma forma, empujando con las piernas y los brazos.'
			]
		},
		{
			heading: 'El auto',
			paragraphs: [
				'Primero echa el asiento hacia atrás. Siéntate de lado, de espaldas al asiento, y mete la cabeza al final; luego gira las dos piernas a la vez hacia dentro. Para bajar, al revés: las dos piernas fuera a la vez, los pies en el suelo, y luego ponte de pie.'
			]
		}
	],
	'sleeping-positions': [
		{
			paragraphs: [
				'No hay una única postura correcta: la mejor es la que te alivia el dolor. Estas le van bien a mucha gente:'
			],
			bullets: [
				'De lado, con las rodillas dobladas y una almohada entre las rodillas.',
				'Boca arriba, con almohadas bajo las rodillas o con las piernas apoyadas en una silla o un sofá.',
				'Boca abajo con una almohada bajo el abdomen, si te resulta más fácil.'
			]
		},
		{
			heading: 'Durante la noche',
			paragraphs: [],
			bullets: [
				'Cambia de postura siempre que lo necesites, y gira en bloque para darte la vuelta o levantarte.',
				'Respira y suelta es una sesión guiada y tranquila, con indicaciones por voz, para que puedas cerrar los ojos.',
				'Si la rigidez te despierta, unos movimientos suaves en la cama pueden ayudarte a calmarte otra vez.',
				'No te duermas nunca sobre una almohadilla térmica ni con una bolsa de agua caliente.'
			]
		}
	],
	'worry-sleep-pacing': [
		{
			paragraphs: [
				'Cómo te sientes y cómo duermes influyen en el dolor. La preocupación, el estrés y el mal sueño pueden hacer que el mismo dolor se sienta más fuerte, y el dolor puede hacer más difícil dormir. Es frecuente, y a menudo mejora a la vez que la espalda.',
				'El dolor de espalda puede asustar, pero un dolor fuerte no significa que la espalda tenga un daño grave.'
			]
		},
		{
			heading: 'Ir a tu ritmo',
			paragraphs: [
				'Ir a tu ritmo significa hacer un poco, a menudo, en lugar de mucho de una vez. En un día bueno es tentador ponerte al día con todo; repartirlo es mejor para la espalda. Divide las tareas en ratos cortos, cambia de postura entre ellos y haz un poco más a medida que mejora.'
			]
		},
		{
			heading: 'Dormir',
			paragraphs: ['Las almohadas pueden ayudar a que la espalda descanse por la noche:'],
			bullets: [
				'De lado, con las rodillas dobladas y una almohada entre las rodillas.',
				'Boca arriba, con almohadas bajo las rodillas.',
				'Respirar despacio puede ayudarte a calmarte: Respira y suelta te guía con indicaciones por voz.'
			]
		},
		{
			heading: 'Pruebas de imagen y fisioterapia',
			paragraphs: [
				'Para el dolor de espalda casi nunca hacen falta pruebas de imagen. Si necesitas una, te lo dirá un médico.',
				'En muchos lugares puedes pedir cita con un fisioterapeuta sin ver antes a un médico. Tu servicio de salud te puede decir si es posible donde vives.'
			]
		}
	],
	'sitting-driving-work': [
		{
			heading: 'Sentarse',
			paragraphs: [
				'Siéntate bien atrás en una silla firme, con una toalla enrollada detrás de la parte baja de la espalda y los pies apoyados en el suelo. Levántate y muévete cada 20 o 30 minutos: un paseo corto o unos movimientos de la pausa para el escritorio.'
			]
		},
		{
			heading: 'Conducir',
			paragraphs: [
				'Conduce solo cuando puedas estar en el asiento sin molestias, girarte para mirar atrás y frenar fuerte sin que el dolor te lo impida. Lee las instrucciones de cualquier medicamento que tomes para comprobar que no da sueño. En viajes largos, haz paradas a menudo para caminar un poco.'
			]
		},
		{
			heading: 'Volver al trabajo',
			paragraphs: [
				'Volver al trabajo y a tu día a día, paso a paso, suele ayudar a recuperarte; no hace falta esperar a que desaparezca todo el dolor. Si puedes, empieza con tareas más ligeras o jornadas más cortas, y haz pausas para moverte.',
				'Si tu trabajo es pesado o implica levantar mucho peso, pregunta si puedes hacer tareas más ligeras durante un tiempo.'
			]
		}
	],
	'if-it-comes-back': [
		{
			paragraphs: [
				'El dolor de espalda vuelve a menudo; en muchas personas, antes de un año. Es frecuente, y normalmente vuelve a mejorar con los mismos cuidados en casa.'
			]
		},
		{
			heading: 'Reducir la probabilidad',
			paragraphs: [
				'Moverte con regularidad, y seguir haciendo algo de ejercicio cuando la espalda se calme, reduce la probabilidad de que vuelva. El efecto desaparece si dejas el ejercicio, así que elige algo que puedas mantener, como paseos habituales o una rutina que te guste.'
			]
		},
		{
			heading: 'Un plan para la próxima vez',
			paragraphs: [
				'Ten un plan breve para “si vuelve”: lo que te ayudó esta vez, como una postura para descansar, el frío o el calor, o una rutina. Cuando la espalda se calme, Limber te pregunta qué te ayudó y te lo muestra primero la próxima vez.'
			]
		},
		{
			heading: 'Si vuelve',
			paragraphs: [],
			bullets: [
				'Empieza de nuevo con las primeras horas: una postura cómoda, descanso y respiración lenta, y luego movimiento suave.',
				'Vuelve a alargar tus paseos, paso a paso.',
				'Las señales de alarma siguen contando. Revísalas si notas algo nuevo o distinto.'
			]
		}
	]
} satisfies Messages<typeof en>;
