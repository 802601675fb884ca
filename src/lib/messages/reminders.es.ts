import type en from './reminders.en';
import type { Messages } from '$lib/i18n/catalog';

export default {
	daily: {
		title: 'Recordatorio del registro del día',
		intro:
			'Una alarma del calendario una vez al día, a la hora que elijas, para contar en unos toques cómo está tu espalda. Suena desde tu calendario, así que funciona con Limber cerrado y sin conexión.',
		toggle: 'Recordármelo cada día',
		time: 'Hora del día',
		timeHint: 'Según el reloj de tu teléfono, también después del cambio de hora.',
		add: 'Añadir al calendario',
		noAlarm: (event: string) =>
			`Abre el archivo para añadir el evento. Algunas apps de calendario quitan la alarma de un evento importado. Si “${event}” aparece sin alarma, ábrelo, elige Editar y añade un aviso a la hora del evento.`,
		due: 'Mientras Limber está abierto, Hoy marca el registro como “Pendiente” cuando pasa la hora. Si Limber está instalado y las notificaciones están permitidas, su icono muestra una marca hasta que hagas el registro.',
		off: (event: string) =>
			`Guardado: el recordatorio está desactivado. Limber no puede cambiar tu calendario. Para que la alarma deje de sonar, abre “${event}” en tu calendario, elige Eliminar y luego “Todos los eventos” (o “Este y los siguientes”).`,
		on: (time: string) =>
			`Guardado: el recordatorio está activado, a las ${time}. Añádelo a tu calendario para que suene con Limber cerrado.`,
		notATime: 'Elige una hora del día, por ejemplo 09:00.',
		timeSaved: (time: string) =>
			`Guardado: ${time}. Si tu calendario ya tiene el recordatorio, añádelo otra vez para cambiar la hora también allí.`,
		fileFromToday: (time: string) =>
			`Archivo de calendario guardado: una alarma cada día a las ${time}, desde hoy. Ábrelo para añadirlo a tu calendario.`,
		fileFromTomorrow: (time: string) =>
			`Archivo de calendario guardado: una alarma cada día a las ${time}, desde mañana. Ábrelo para añadirlo a tu calendario.`,
		event: 'Limber: registro del día',
		alarm: 'Limber: registro del día, unos toques para contar cómo está hoy tu espalda',
		notes:
			'Limber: registro del día, unos toques para contar cómo está hoy tu espalda. Abre Limber y toca Hoy.'
	},
	noFile: 'Este navegador no pudo guardar el archivo de calendario.',
	alarms: {
		title: 'Avisos con el teléfono apartado',
		why: 'Un teléfono puede pausar Limber al bloquear la pantalla, y ningún navegador puede prometer despertarlo a tiempo. Las alarmas del calendario suenan al final de cada fase incluso entonces.',
		add: 'Añadir alarmas al calendario',
		saved: {
			one: 'Archivo de calendario guardado con # alarma. Ábrelo para añadirla a tu calendario. Si pausas o saltas un paso, vuelve a añadir las alarmas.',
			other:
				'Archivo de calendario guardado con # alarmas. Ábrelo para añadirlas a tu calendario. Si pausas o saltas un paso, vuelve a añadirlas.'
		},
		paused:
			'Un temporizador en pausa no tiene horas de fin fijas. Reanúdalo y luego añade las alarmas.'
	},
	notifications: {
		title: 'Recibe una notificación cuando termine una fase, aunque Limber esté en segundo plano',
		granted: 'Las notificaciones de Limber están activadas.',
		denied:
			'Las notificaciones de Limber están bloqueadas. Para recibirlas, permite las notificaciones de este sitio en la configuración del navegador (en un teléfono, en la configuración del sitio o de la app).',
		unsupported:
			'Este navegador no puede mostrar notificaciones. Mantén Limber en pantalla o, cuando el temporizador esté en marcha, añade alarmas a tu calendario.',
		off: 'Las notificaciones están desactivadas. Limber solo las pide cuando tocas el botón.',
		allow: 'Permitir notificaciones',
		honest:
			'Un teléfono puede pausar una página web en segundo plano o al bloquear la pantalla, y ningún navegador puede prometer despertarla a tiempo. Para temporizadores largos, añade también las alarmas a tu calendario. {link}',
		check: '¿Me avisará el teléfono?'
	},
	again: {
		button: { one: 'Recuérdamelo en # hora', other: 'Recuérdamelo en # horas' },
		saved: (time: string) =>
			`Archivo de calendario guardado con una alarma a las ${time}. Ábrelo para añadir la alarma a tu calendario.`
	},
	phaseEnd: {
		ends: (name: string, action: string) => `Fin: ${name} — ${action}`,
		getReady: 'Prepárate',
		takeOff: { ice: 'quita la bolsa', heat: 'quita el calor' },
		takeOffLast: {
			ice: 'quita la bolsa; sesión completada',
			heat: 'quita el calor; sesión completada'
		},
		then: {
			ice: 'pon el hielo',
			heat: 'pon el calor',
			'warm-up': 'deja que la piel recupere su temperatura',
			relax: 'hora de descansar',
			walk: 'hora de caminar con calma',
			rest: 'descansa',
			'switch-sides': 'cambia de lado'
		},
		next: (label: string) => `luego: ${label}`,
		complete: 'sesión completada'
	}
} satisfies Messages<typeof en>;
