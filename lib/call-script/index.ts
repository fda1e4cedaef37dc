export { callScript, eventFromAnswers, type CallScript, type CallAnswers } from './call-script';
export { QUESTIONS, OUTCOME_PRIORITY, OUTCOME_EVIDENCE, type ScriptQuestion, type ScriptAnswer } from './questions';
