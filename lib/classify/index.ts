export { classify, type ClassifyOptions } from './classify';
export { debtorFacts, isDraft, type DebtorFacts, type DebtorFactsInput, type PaidInvoice } from './debtor-facts';
export { promiseStates, type PromiseState } from './promises';
export { fold, outcomeId } from './words';
