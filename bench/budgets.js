// The budgets `npm run bench` measures against; the README's table lists the same numbers.
const KB = 1024;
export const budgets = {
	firstVisitJsGzip: 45 * KB,
	precacheGzip: 400 * KB,
	timerErrorMs: 100,
	historyFirstRowsMs: 300,
	historyExportMs: 1000,
	/** Lighthouse (mobile) score, in every category, for every key page: at least this. */
	lighthouse: 100
};
