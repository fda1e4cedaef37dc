// Every built-in template, one file each under library/<class>/<stage>.ts.
import unorganizedPreDue from './library/unorganized/pre-due';
import unorganizedThreeDays from './library/unorganized/three-days';
import unorganizedOneWeek from './library/unorganized/one-week';
import unorganizedOneMonth from './library/unorganized/one-month';
import unorganizedFinalNotice from './library/unorganized/final-notice';
import unorganizedPaymentPlanOffer from './library/unorganized/payment-plan-offer';
import unorganizedCertifiedLetter from './library/unorganized/certified-letter';
import unorganizedSatisfactionVerification from './library/unorganized/satisfaction-verification';
import unorganizedStatement from './library/unorganized/statement';
import unorganizedLateFee from './library/unorganized/late-fee';
import goingOutOfBusinessPreDue from './library/going-out-of-business/pre-due';
import goingOutOfBusinessThreeDays from './library/going-out-of-business/three-days';
import goingOutOfBusinessOneWeek from './library/going-out-of-business/one-week';
import goingOutOfBusinessOneMonth from './library/going-out-of-business/one-month';
import goingOutOfBusinessFinalNotice from './library/going-out-of-business/final-notice';
import goingOutOfBusinessPaymentPlanOffer from './library/going-out-of-business/payment-plan-offer';
import goingOutOfBusinessCertifiedLetter from './library/going-out-of-business/certified-letter';
import goingOutOfBusinessSatisfactionVerification from './library/going-out-of-business/satisfaction-verification';
import goingOutOfBusinessStatement from './library/going-out-of-business/statement';
import goingOutOfBusinessLateFee from './library/going-out-of-business/late-fee';
import angryPreDue from './library/angry/pre-due';
import angryThreeDays from './library/angry/three-days';
import angryOneWeek from './library/angry/one-week';
import angryOneMonth from './library/angry/one-month';
import angryFinalNotice from './library/angry/final-notice';
import angryPaymentPlanOffer from './library/angry/payment-plan-offer';
import angryCertifiedLetter from './library/angry/certified-letter';
import angrySatisfactionVerification from './library/angry/satisfaction-verification';
import angryStatement from './library/angry/statement';
import angryLateFee from './library/angry/late-fee';
import type { TemplateDefinition } from './define-template';
import { creditPolicyTemplate } from './library/credit-policy/credit-policy';

export const BUILT_IN_TEMPLATES: readonly TemplateDefinition[] = [
  unorganizedPreDue,
  unorganizedThreeDays,
  unorganizedOneWeek,
  unorganizedOneMonth,
  unorganizedFinalNotice,
  unorganizedPaymentPlanOffer,
  unorganizedCertifiedLetter,
  unorganizedSatisfactionVerification,
  unorganizedStatement,
  unorganizedLateFee,
  goingOutOfBusinessPreDue,
  goingOutOfBusinessThreeDays,
  goingOutOfBusinessOneWeek,
  goingOutOfBusinessOneMonth,
  goingOutOfBusinessFinalNotice,
  goingOutOfBusinessPaymentPlanOffer,
  goingOutOfBusinessCertifiedLetter,
  goingOutOfBusinessSatisfactionVerification,
  goingOutOfBusinessStatement,
  goingOutOfBusinessLateFee,
  angryPreDue,
  angryThreeDays,
  angryOneWeek,
  angryOneMonth,
  angryFinalNotice,
  angryPaymentPlanOffer,
  angryCertifiedLetter,
  angrySatisfactionVerification,
  angryStatement,
  angryLateFee,
  creditPolicyTemplate('unorganized'),
  creditPolicyTemplate('going-out-of-business'),
  creditPolicyTemplate('angry'),
];
