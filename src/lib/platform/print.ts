// The browser's print dialog, which also offers saving as a PDF; nothing leaves the device.

/** Opens the print dialog; false where there is no window to print. */
export function printPage(): boolean {
	if (typeof window === 'undefined' || typeof window.print !== 'function') return false;
	window.print();
	return true;
}
