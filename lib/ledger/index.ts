export { buildLedger, type Ledger, type LedgerInput } from './build-ledger';
export { followUpPlan } from './follow-up-plan';
export { todayIn, zoneClock, dayNumber, isoDate, addDays, type ZoneClock } from '../time/calendar';
