// Calendar arithmetic lives in lib/time/calendar.ts. This re-export keeps the imports of branches
// in flight working until they merge; new code imports lib/time.
export * from '../time/calendar';
