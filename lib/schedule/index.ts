export { cadencePlan, type CadencePlan, type PlannedStep } from './cadence-plan';
export { nextAction, FINAL_NOTICE_DAYS } from './next-action';
export { isDueForCallToday } from './due-for-call';
export { openDispute, type OpenDispute } from './open-dispute';
export { MATCHING_KINDS, CALL_KINDS } from './matching-events';
export { cadenceFor, type CadenceSettings, type ChosenCadence } from './cadence-for';
