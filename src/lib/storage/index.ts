// The storage layer's public face: one import for state/ to reach every repository. The state
// a first visit to Today loads imports single modules instead (first-use.ts, broadcast.ts,
// status.ts), so that visit does not download the rest.
export * as sessions from './sessions';
export * as journal from './journal';
export * as routines from './routines';
export * as programs from './programs';
export * as episodes from './episodes';
export { getSetting, setSetting, removeSetting, allSettings } from './settings';
export {
	saveActive,
	getActive,
	listActive,
	clearActive,
	endSession,
	reopenSession,
	type Ended
} from './active';
export { exportAll, importBackup, clearAll, type ExportResult, type ImportResult } from './backup';
export {
	requestPersistence,
	storageEstimate,
	type PersistOutcome,
	type StorageEstimateInfo
} from './persist';
export { onDataChange, type DataChange, type DataOp, type DataListener } from './broadcast';
export { StorageError, type StorageErrorCode, type WriteResult } from './errors';
export {
	getStorageStatus,
	subscribeStorageStatus,
	storageStatus,
	type StorageStatus,
	type StorageProblem
} from './status';
export { initStorage } from './backend';
