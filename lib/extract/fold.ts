// The one fold is lib/text/fold.ts; extraction's files import it from here.
export { fold } from '../text/fold';
