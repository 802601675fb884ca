// Installing Limber (components/ui/InstallButton.svelte): the button in the header and Settings,
// and the steps on iPhone and iPad. English gives the shape.
const en = {
	install: 'Install',
	ios: {
		title: 'Add Limber to your Home Screen',
		share: "Tap the Share button in Safari's toolbar.",
		/** `{b}` is where Safari's own name for the choice stands, in bold (`addToHome`). */
		choose: 'Choose {b}.',
		addToHome: 'Add to Home Screen',
		/** `{b}` is where Safari's button stands, in bold (`add`). */
		tap: 'Tap {b}. Limber then opens full screen and works offline.',
		add: 'Add',
		close: 'Close'
	},
	installed: 'Limber is installed on this device.',
	notOffered:
		"Your browser has not offered installation here. In Chrome or Edge, use the menu's “Install app”; on iPhone and iPad, open Limber in Safari and use Share → Add to Home Screen."
};

export default en;
