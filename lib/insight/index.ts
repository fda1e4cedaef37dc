export { ageing, bucketOf, AGEING_BUCKETS, type Ageing, type AgeingBucket } from './ageing';
export { receivablesHealth, type ReceivablesHealth } from './receivables-health';
export { recoveryCheck, type Recovery, type RecoveryCheck } from './recovery-check';
