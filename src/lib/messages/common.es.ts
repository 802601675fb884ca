import type { Messages } from '$lib/i18n/catalog';
import type en from './common.en';

export default {
	pain: {
		level: (n: number) =>
			`${n} de 10${n === 0 ? ', sin dolor' : n === 10 ? ', el peor dolor' : ''}`,
		none: 'Sin dolor',
		worst: 'El peor dolor',
		skip: 'Omitir'
	},
	alerts: {
		tryAgain: 'Intentar de nuevo',
		downloaded: (after: string) => `El archivo está en tus descargas. ${after}`,
		noDownload: 'Este navegador no inició la descarga.',
		stillNot: 'Se intentó de nuevo: todavía no se guarda nada.',
		deleted: (name: string) => `Se eliminó “${name}”.`,
		notDeleted: (name: string) => `No se eliminó: ${name}`,
		undo: 'Deshacer',
		dismiss: 'Cerrar',
		update: 'Hay una nueva versión de Limber.',
		updating: 'Actualizando…',
		reload: 'Recargar para actualizar',
		later: 'Más tarde'
	}
} satisfies Messages<typeof en>;
