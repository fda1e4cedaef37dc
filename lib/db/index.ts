export * from './owed-db';
export * from './backup';
export * from './schema';
export * from './merge-observation';
export type { ReadResult } from './apply-read';
export { assignMaturities } from './assign-maturities';
