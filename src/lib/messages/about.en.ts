// About and privacy: what Limber keeps, where, that it shares nothing, how to back it up.
const en = {
	title: 'About and privacy',
	description:
		'Limber keeps your history, journal and routines only on this device. It sends nothing anywhere.',
	heading: 'About Limber',
	lead: 'Limber guides gentle stretches and ice, heat and rest timers for lower-back spasms, and keeps a private journal.',
	help: 'When to get help',
	stores: 'What Limber keeps',
	kept: [
		'Your history: the routines and timers you have done, with any pain ratings.',
		"Your journal: each day's check-in.",
		'The routines and timers you make yourself.',
		'Your settings, such as the theme, flare mode and spoken cues.'
	],
	where: 'Where it is kept',
	whereText:
		"Only on this device, in this browser. Another browser or another phone does not see it, and clearing this browser's site data deletes it.",
	shares: 'What it shares',
	sharesText:
		'Nothing. Limber sends nothing anywhere and loads nothing from other websites: no accounts, no analytics, no adverts. Once opened, it works without a connection.',
	backup: 'Keeping a copy',
	/** `{link}` is the link to Settings, named `settings`. */
	backupText:
		'To keep your records safe or move them to another device, make a backup file in {link} → Backup, and restore it there on the other device.',
	settings: 'Settings',
	licence: 'Licence and version',
	licenceText: 'Limber is free software under the MIT licence.',
	version: 'Version'
};

export default en;
