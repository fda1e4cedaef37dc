import { nextMidnight } from '../../lib/time/next-midnight';

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
  await browser.alarms.create('midnight', { when: nextMidnight(now, timeZone) + 1000 });
  if (!(await browser.alarms.get('hourly'))) await browser.alarms.create('hourly', { periodInMinutes: 60 });
}
