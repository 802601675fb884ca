// Messages for a part that shows only once the page has started (an alert, a toast, the pain
// scale): loaded when the part is first shown rather than with every page. A component reads
// `words.current`, which is undefined until its catalog has loaded (and stays so if it cannot),
// and shows its words once it is there: a moment later the first time, at once after that.
import type { Lang } from '$lib/core/lang';
import type { Catalog } from './catalog';

export class ShownMessages<T> {
	current = $state<T | undefined>();

	/** Call during a component's set-up: follows `lang()` while the component is shown. */
	constructor(catalog: Catalog<T>, lang: () => Lang) {
		$effect(() => {
			let shown = true;
			catalog.load(lang()).then(
				(messages) => {
					if (shown) this.current = messages;
				},
				(error: unknown) => console.error(error)
			);
			return () => {
				shown = false;
			};
		});
	}
}
