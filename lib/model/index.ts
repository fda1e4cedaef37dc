export * from './primitives';
export * from './invoice';
export * from './contact-event';
export * from './payment-plan';
export * from './debtor';
export * from './settings';
export * from './debtor-view';
export * from './invoice-hold';
