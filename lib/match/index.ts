export * from './email-address';
export * from './free-mail-domains';
export * from './match-debtor';
