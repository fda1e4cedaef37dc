import { sayer, type Say } from '../lib/i18n';
import { todayIn } from '../lib/time/calendar';

/** One sayer per locale and day: views in long lists ask for it on every row. */
const sayers = new Map<string, Say>();

/**
 * Puts reasons and next steps into words in the owner's locale (lib/i18n), for a view. `today`
 * (YYYY-MM-DD, the ledger's) decides when a day is written with its year.
 */
export function sayFor(locale: string | undefined, today: string = todayIn(Date.now(), undefined)): Say {
  const key = `${locale ?? ''}|${today}`;
  let say = sayers.get(key);
  if (!say) {
    say = sayer({ locale, today });
    sayers.set(key, say);
  }
  return say;
}
