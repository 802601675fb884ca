import type { Messages } from '$lib/i18n/catalog';
import type en from './library.en';

export default {
	copyMark: 'copia',
	phase: {
		ice: 'Hielo',
		'warm-up': 'Quita la bolsa',
		heat: 'Calor',
		relax: 'Descanso',
		walk: 'Paseo'
	},
	positionInLine: {
		'lying-back': 'boca arriba',
		'lying-side': 'de lado',
		'lying-front': 'boca abajo',
		kneeling: 'de rodillas',
		sitting: 'sentado',
		standing: 'de pie'
	},
	allRoutines: '← Todas las rutinas',
	seeAllRoutines: 'Ver todas las rutinas',
	allTimers: '← Todos los temporizadores',
	seeAllTimers: 'Ver todos los temporizadores',
	loading: 'Cargando…',
	opening: 'Abriendo…',
	start: 'Empezar',
	edit: 'Editar',
	duplicate: 'Duplicar',
	delete: 'Borrar',
	named: (action, name) => `${action}: ${name}`,
	notDeleted: (name, why) => `No se borró “${name}”. ${why}`,
	notBack: (name, why) => `No se pudo recuperar “${name}”. ${why}`,
	routines: {
		title: 'Rutinas',
		description:
			'Rutinas de estiramientos suaves para la parte baja de la espalda, y las rutinas que creas tú.',
		intro:
			'Rutinas de estiramientos suaves, guiadas paso a paso con imágenes, voz y temporizador. Puedes ver todos los estiramientos en la {link}.',
		introLink: 'biblioteca de ejercicios',
		flareLying: 'Día malo: solo se muestran las rutinas boca arriba o de lado.',
		flareShowAll: 'Mostrar todas las rutinas',
		flareAll: 'Día malo activado; se muestran todas las rutinas.',
		flareOnlyLying: 'Solo rutinas boca arriba o de lado',
		builtIn: 'Rutinas incluidas',
		noBuiltIn: 'Ninguna rutina incluida coincide.',
		clearFilters: 'Quitar filtros',
		mine: 'Tus rutinas',
		newRoutine: 'Nueva rutina',
		importFile: 'Importar un archivo de rutina',
		nothingSaved: 'No se guardó nada.',
		loadingMine: 'Cargando tus rutinas…',
		noneYet:
			'Todavía no tienes rutinas propias. Crea una desde cero, o abre una rutina incluida y elige “Duplicar y editar”.',
		noneMatch: 'Ninguna de tus rutinas coincide.',
		deleted: 'Rutina borrada'
	},
	filters: {
		label: 'Filtrar rutinas',
		position: 'Postura',
		anyPosition: 'Cualquier postura',
		length: 'Duración',
		lengths: {
			any: 'Cualquier duración',
			short: 'Hasta 7 minutos',
			medium: 'De 7 a 12 minutos',
			long: 'Más de 12 minutos'
		}
	},
	meta: {
		unplayable: 'No se puede usar en esta versión',
		steps: { one: '# paso', other: '# pasos' }
	},
	steps: {
		eachSide: 'cada lado',
		restAfter: (length) => `luego descanso de ${length}`
	},
	routine: {
		steps: 'Pasos',
		startNamed: (title) => `Empezar: ${title}`,
		duplicateAndEdit: 'Duplicar y editar',
		yours: 'Tu rutina',
		yoursDescription: 'Una rutina de estiramientos que creaste tú, lista para empezar o cambiar.',
		notFound: 'No se encontró la rutina',
		notHere:
			'Esta rutina no está en este dispositivo. Puede que se haya borrado, o que el enlace se hiciera en otro dispositivo. Las rutinas que creas se quedan en el dispositivo donde las hiciste; para enviar una, compártela.',
		exportFile: 'Exportar archivo',
		exported: (title) => `“${title}” se exportó como archivo.`,
		notExported: 'Este navegador no pudo guardar el archivo.',
		unplayable:
			'Esta rutina usa un ejercicio que esta versión de Limber no tiene. Edítala para cambiar ese paso.'
	},
	timers: {
		title: 'Temporizadores',
		description:
			'Temporizadores de hielo, calor y descanso para la parte baja de la espalda, y los que creas tú.',
		intro:
			'Descanso, frío y calor, con el tiempo medido por ti. La cuenta atrás sigue exacta aunque se bloquee el teléfono.',
		deviceCheck: '¿Me avisará el teléfono?',
		deleted: 'Temporizador borrado',
		simple: 'Temporizadores sencillos',
		ready: 'Temporizadores listos para usar',
		showAll: (more) => `Mostrar todos los temporizadores (${more} más)`,
		mine: 'Tus temporizadores',
		noneYet:
			'Crea un temporizador a tu medida: hielo, una pausa sin la bolsa, calor, descanso o un paseo, tan largo y tantas veces como te venga bien.',
		create: 'Crear un temporizador'
	},
	timer: {
		checkFirst: 'Revisa el temporizador antes de guardarlo.',
		inAll: (length) => `${length} en total`,
		rounds: { one: '# ronda', other: '# rondas' },
		phases: 'Fases',
		phasesRepeated: (rounds) => `Fases, repetidas ${rounds} veces`,
		repeated: (rounds) => `Se repite ${rounds} veces.`,
		startNamed: (title) => `Empezar: ${title}`,
		makeYourOwn: 'Crear uno propio a partir de este',
		yours: 'Tu temporizador',
		yoursDescription: 'Un temporizador que creaste tú, listo para empezar o cambiar.',
		notFound: 'No se encontró el temporizador',
		notHere:
			'No hay ningún temporizador guardado con este enlace en este dispositivo. Puede que se haya borrado, o que se creara en otro dispositivo.',
		noId: 'Este enlace no indica qué temporizador abrir.'
	}
} satisfies Messages<typeof en>;
