export * from './owed-db';
export * from './backup';
export * from './schema';
export * from './merge-observation';
