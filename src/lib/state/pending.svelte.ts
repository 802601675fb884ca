// Whether something started from a tap is still under way, so its button can say so and a
// second tap does not start it again.

export class Pending {
	running = $state(false);

	/** Runs `action`, marked as running until it settles, whether it succeeds or fails. */
	async run(action: () => Promise<unknown>): Promise<void> {
		this.running = true;
		try {
			await action();
		} finally {
			this.running = false;
		}
	}
}
