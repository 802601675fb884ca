// Built-in ice, heat, rest and walk timer presets, and the time limits they advise. Their titles,
// descriptions and safety notes are in each language's catalog (messages/programs.*.ts).
import type { ProgramShape } from '$lib/core/builtin-ids';
import type { PhaseKind } from '$lib/core/model';

const MIN = 60;

export const builtInPrograms: readonly ProgramShape[] = [
	{
		id: 'ice-20',
		phases: [
			{ kind: 'ice', seconds: 20 * MIN },
			{ kind: 'warm-up', seconds: 20 * MIN }
		],
		rounds: 1
	},
	{
		id: 'heat-15',
		phases: [{ kind: 'heat', seconds: 15 * MIN }],
		rounds: 1
	},
	{
		id: 'heat-20',
		phases: [{ kind: 'heat', seconds: 20 * MIN }],
		rounds: 1
	},
	{
		id: 'rest-10',
		phases: [{ kind: 'relax', seconds: 10 * MIN }],
		rounds: 1
	},
	{
		id: 'rest-20',
		phases: [{ kind: 'relax', seconds: 20 * MIN }],
		rounds: 1
	},
	{
		id: 'walk-10',
		phases: [{ kind: 'walk', seconds: 10 * MIN }],
		rounds: 1
	}
];

const byId = new Map<string, ProgramShape>(builtInPrograms.map((p) => [p.id, p]));

/** The built-in timer preset with this id, if there is one. */
export function programById(id: string): ProgramShape | undefined {
	return byId.get(id);
}

/** After a finished timer: when it is worth going again (its words are in messages/programs). */
export const repeatReminders: Record<string, { afterMinutes: number }> = {
	'ice-20': { afterMinutes: 120 }
};

/** How long each kind of phase is commonly advised to last (what to say is in messages/programs). */
export const adviseLimits: Record<PhaseKind, { maxSeconds: number }> = {
	ice: { maxSeconds: 20 * MIN },
	'warm-up': { maxSeconds: 60 * MIN },
	heat: { maxSeconds: 20 * MIN },
	relax: { maxSeconds: 30 * MIN },
	walk: { maxSeconds: 30 * MIN }
};
