// The storage layer's public face: one import for state/ to reach every repository. The state
// a first visit to Today loads imports single modules instead (first-use.ts, broadcast.ts,
// status.ts), so that visit does not download the rest. Only what state/ uses is exported
// (knip, in `npm run check`, says when an export here is no longer used).
export * as sessions from './sessions';
export * as journal from './journal';
export * as routines from './routines';
export * as programs from './programs';
export * as episodes from './episodes';
export { saveActive, listActive, endSession, reopenSession, type Ended } from './active';
export { exportAll, importBackup, clearAll } from './backup';
export { onDataChange } from './broadcast';
