import type { Messages } from '$lib/i18n/catalog';
import type en from './device.en';

export default {
	cues: {
		title: 'Guía y avisos',
		toggles: {
			voice: { label: 'Guía por voz', hint: 'Dice cada paso en voz alta.' },
			chime: { label: 'Sonido', hint: 'Un sonido suave en cada paso nuevo y una cuenta atrás.' },
			vibration: { label: 'Vibración', hint: 'Si el teléfono lo permite.' },
			wakeLock: { label: 'Mantener la pantalla encendida', hint: 'Mientras dura una sesión.' },
			askPain: {
				label: 'Preguntar por el dolor',
				hint: 'Una valoración de 0 a 10 antes y después.'
			}
		},
		voice: 'Voz',
		defaultVoice: 'La voz predeterminada del dispositivo',
		voiceOption: (name: string, lang: string, online: boolean) =>
			`${name} (${lang})${online ? ': necesita conexión' : ''}`,
		noVoice:
			'Este dispositivo no tiene ninguna voz en español, así que Limber avisa con un sonido en lugar de hablar. Añade una voz de texto a voz en español en los ajustes del dispositivo.',
		rate: (rate: string) => `Velocidad de la voz: ${rate}×`,
		tryVoice: 'Probar la voz',
		sample: 'Suelta el aire despacio y deja que la espalda se relaje.'
	},
	check: {
		title: '¿Me avisará el teléfono?',
		intro:
			'Lo que este dispositivo y este navegador pueden hacer mientras corre un temporizador. Un teléfono puede pausar una página web al bloquearse la pantalla, y ningún navegador puede prometer despertarlo a tiempo; para temporizadores largos, las alarmas del calendario son lo más seguro.',
		status: { ok: 'Funciona', limited: 'Limitado', unavailable: 'No disponible' },
		checking: 'Comprobando este dispositivo…',
		allow: 'Permitir notificaciones',
		allowed: 'Las notificaciones están permitidas.',
		notAllowed:
			'Las notificaciones no están permitidas. Puedes cambiarlo en los ajustes del sitio del navegador.',
		again: 'Comprobar de nuevo',
		checked: (works: number, total: number) =>
			`Comprobado de nuevo. Funcionan: ${works} de ${total}.`,
		labels: {
			install: 'App instalada',
			notifications: 'Notificaciones',
			'wake-lock': 'Pantalla encendida',
			audio: 'Sonidos',
			speech: 'Avisos por voz',
			vibration: 'Vibración',
			storage: 'Datos guardados'
		},
		advice: {
			'install-ok': 'Limber está instalado y se abre como una app.',
			'install-ios-share':
				'Añade Limber a la pantalla de inicio: toca Compartir y luego Añadir a pantalla de inicio.',
			'install-ios-safari':
				'Abre Limber en Safari, toca Compartir y luego Añadir a pantalla de inicio.',
			'install-android':
				'Instala Limber desde el menú del navegador (Instalar app o Añadir a pantalla de inicio).',
			'install-chrome': 'Instala Limber con el botón de instalar de la barra de direcciones.',
			'install-safari':
				'En Safari, elige Archivo y luego Añadir al Dock (macOS Sonoma o posterior).',
			'install-firefox':
				'Firefox no instala apps web en el ordenador; Limber funciona igual de bien en una pestaña.',
			'install-other':
				'Instala Limber desde el menú del navegador si lo ofrece, o deja una pestaña abierta.',
			'notifications-ios-old':
				'Esta versión de iOS no muestra notificaciones web; actualiza a iOS 16.4 o posterior, o añade alarmas al calendario.',
			'notifications-ios-not-installed':
				'En iPhone y iPad, las notificaciones solo funcionan cuando Limber está en la pantalla de inicio (iOS 16.4 o posterior).',
			'notifications-unsupported':
				'Este navegador no muestra notificaciones; deja Limber en pantalla o añade alarmas al calendario para los temporizadores largos.',
			'notifications-denied-ios':
				'Las notificaciones están bloqueadas; permítelas en Ajustes, Notificaciones, Limber, para que te lleguen los cambios de fase.',
			'notifications-denied-app':
				'Las notificaciones están bloqueadas; permítelas en la información de la app de Limber, para que te lleguen los cambios de fase.',
			'notifications-denied-site':
				'Las notificaciones están bloqueadas; permítelas en los ajustes de este sitio, para que te lleguen los cambios de fase.',
			'notifications-install-allow':
				'Instala Limber y permite las notificaciones para que los cambios de fase te lleguen con la pantalla apagada.',
			'notifications-allow':
				'Permite las notificaciones para que los cambios de fase te lleguen aunque no mires la pantalla.',
			'notifications-ios-granted':
				'Las notificaciones están activadas, pero iOS pausa las apps web al bloquearse la pantalla; añade alarmas al calendario para los temporizadores largos.',
			'notifications-ok': 'Los cambios de fase aparecerán como notificaciones.',
			'wake-lock-none':
				'Deja la pantalla encendida mientras corre un temporizador, o usa alarmas del calendario.',
			'wake-lock-ios-old':
				'En esta versión de iOS la pantalla puede bloquearse igualmente en la app de la pantalla de inicio; pon Bloqueo automático en Nunca o usa alarmas del calendario.',
			'wake-lock-ok': 'La pantalla se mantiene encendida mientras corre un temporizador.',
			'audio-ok': 'Los sonidos están listos.',
			'audio-ok-ios': 'Los sonidos están listos. No suenan con el teléfono en modo silencio.',
			'audio-suspended': 'Los sonidos empiezan después de tu primer toque en Limber.',
			'audio-suspended-ios':
				'Los sonidos empiezan después de tu primer toque en Limber. No suenan con el teléfono en modo silencio.',
			'audio-unsupported':
				'Este navegador no puede reproducir sonidos; los avisos por voz y la cuenta atrás siguen funcionando.',
			'speech-unsupported':
				'Aquí no hay avisos por voz; los sonidos y la cuenta atrás siguen funcionando.',
			'speech-no-voices':
				'Todavía no hay ninguna voz instalada; añade una voz de texto a voz en los ajustes del dispositivo.',
			'speech-no-voice-for-language':
				'No hay ninguna voz en español instalada, así que Limber avisa con un sonido en lugar de hablar; añade una voz de texto a voz en español en los ajustes del dispositivo.',
			'speech-ok': 'Los avisos por voz están listos.',
			'vibration-desktop': 'Un ordenador no vibra; los sonidos llevan los avisos.',
			'vibration-ok': 'El teléfono vibra en cada cambio de fase.',
			'vibration-ios':
				'El iPhone no deja vibrar a las apps web; los sonidos y las notificaciones llevan los avisos.',
			'vibration-unsupported':
				'Este navegador no puede vibrar; los sonidos y las notificaciones llevan los avisos.',
			'storage-ok': 'Tu historial está a salvo de la limpieza automática.',
			'storage-ios':
				'Este navegador puede borrar los datos de Limber tras 7 días sin visitarlo; añade Limber a la pantalla de inicio para conservarlos.',
			'storage-mac':
				'Este navegador puede borrar los datos de Limber tras 7 días sin visitarlo; añade Limber al Dock para conservarlos.',
			'storage-may-clear':
				'El navegador puede borrar los datos de Limber si falta espacio; instalar Limber y exportar de vez en cuando los mantiene a salvo.'
		}
	}
} satisfies Messages<typeof en>;
