export { sayer, placeholders, type Say, type SayOptions } from './say';
export { en } from './en';
export type { Catalogue, MessageKey } from './catalogue';
