export {
  callScript,
  eventFromAnswers,
  invoicesToAsk,
  pausedSentence,
  totalText,
  type CallScript,
  type CallAnswers,
  type InvoicesToAsk,
  type ScriptFormat,
} from './call-script';
export { QUESTIONS, OUTCOME_PRIORITY, OUTCOME_EVIDENCE, type ScriptQuestion, type ScriptAnswer } from './questions';
