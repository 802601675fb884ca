// The weeks after an episode settles (core/keep-up.ts decides): what the "keep it away" card
// offers before anything was done. Its words, and the "If it comes back" note's, are in
// messages/episode (keepUp); the routine's title is the built-in routine's own.

/** Offered when nothing was done yet: gentle, all the way from lying to standing. */
export const KEEP_UP_ROUTINE = { kind: 'routine', sourceId: 'morning-mobility' } as const;
