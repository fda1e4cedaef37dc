/** The toolbar badge: how many debtors are due for a call today (overdue calls included). */
export async function updateBadge(dueForCallToday: number) {
  await browser.action.setBadgeText({ text: dueForCallToday > 0 ? String(dueForCallToday) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
  await browser.action.setTitle({
    title: dueForCallToday > 0 ? `Owed: ${dueForCallToday} to call today` : 'Owed: no calls due today',
  });
}

/**
 * Recomputes the badge at the next local midnight (in the user's time zone when set), when
 * yesterday's "tomorrow" calls become due. Also hourly, in case the machine slept through it.
 */
export async function scheduleMidnight(now: number, timeZone?: string) {
  await browser.alarms.create('midnight', { when: nextMidnight(now, timeZone) });
  if (!(await browser.alarms.get('hourly'))) await browser.alarms.create('hourly', { periodInMinutes: 60 });
}

/** The first instant after `now` whose local date (in `timeZone`) differs from now's. */
export function nextMidnight(now: number, timeZone?: string): number {
  const day = (t: number) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(t);
  const today = day(now);
  // Step by hour to the next day, then back by minute to its first minute (DST-safe).
  let t = now + 3_600_000;
  while (day(t) === today) t += 3_600_000;
  let lo = t - 3_600_000;
  while (t - lo > 60_000) {
    const mid = lo + Math.floor((t - lo) / 2);
    if (day(mid) === today) lo = mid;
    else t = mid;
  }
  return t + 1000;
}
