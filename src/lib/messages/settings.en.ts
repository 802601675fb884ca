// Settings: the page's own words (appearance, language, install, about). English gives the shape.
const en = {
	title: 'Settings',
	description:
		'Voice, chime and screen settings, a daily check-in reminder, backups, and the data Limber keeps on this device.',
	appearance: 'Appearance',
	theme: 'Theme',
	themes: { system: 'Match this device', light: 'Light', dark: 'Dark' },
	/** Why the theme is not kept (the browser refused to store it). */
	themeNotKept:
		"This browser isn't letting Limber keep this choice (its storage is full or turned off), so it lasts only until you close the app.",
	language: 'Language',
	languageHint: 'Limber’s words, on every page.',
	install: 'Install',
	installText:
		'Installed, Limber opens from your home screen like any app and works without a connection.',
	about: 'About',
	aboutText:
		'Limber keeps everything you record on this device. It sends nothing anywhere and loads nothing from other websites.',
	/** `{version}` is where the version number stands. */
	version: 'Version {version} · MIT licence',
	privacy: 'What Limber stores, and your privacy'
};

export default en;
