import { nextMidnight } from '../../lib/time/next-midnight';

/** The toolbar button: `action` in Manifest V3 (Chrome), `browserAction` in V2 (Firefox's build). */
export const toolbarButton = () => (import.meta.env.MANIFEST_VERSION === 2 ? browser.browserAction : browser.action);

/** The toolbar badge: how many debtors are due for a call today (overdue calls included). */
export async function updateBadge(dueForCallToday: number) {
  const button = toolbarButton();
  await button.setBadgeText({ text: dueForCallToday > 0 ? String(dueForCallToday) : '' });
  await button.setBadgeBackgroundColor({ color: '#b42318' });
  await button.setTitle({
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
