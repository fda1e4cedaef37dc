import { z } from 'zod';
import { FIELDS } from '../extract/read/header-words';
import type { SiteProfile } from '../extract/page/site-profile';
import { family, fromOwn, REFUSED, reply } from './define';
import { WireList } from './page-parse';
import { requestSchema } from './request-schema';

// Teaching Owed a page it cannot read. Views (the sidebar, the options page) and the reader
// content script talk to the background with these; the background answers them itself
// (entrypoints/background/teach.ts) and relays to the tab being taught. The teach content script
// (entrypoints/teach.content) is not in the manifest: the background injects it on teach:start.
//
//   sidebar  --teach:start-->  background  --inject, then teach:pick-->  teach script (user clicks a list)
//   sidebar  <--TeachPicked--  background (detects the columns)  <--TeachPickedList (text)--
//   sidebar  --teach:save(columns)-->  background  --teach:build-->  teach script (the list again)
//            background drafts the profile, validates and saves it, then --teach:profiles-changed--> reader content
//            script, which reads the page again with it.

/** A field the user can give a column, or "ignore". */
export const TEACH_FIELDS = ['number', 'customer', 'issued', 'due', 'total', 'balance', 'status', 'paidOn'] as const;
export type TeachField = (typeof TEACH_FIELDS)[number];

const ColumnMap = z.partialRecord(z.enum(FIELDS), z.number().int().min(0).max(200));

/**
 * What the teach script sends of the list the user picked (on teach:pick, and again on
 * teach:build): its text, the page's language and a selector that finds the list again. The
 * background detects the columns and drafts the profile.
 */
export const TeachPickedList = z.object({
  url: z.string().max(4000),
  lang: z.string().max(100).optional(),
  selector: z.string().max(500).optional(),
  list: WireList.extend({ count: z.number().int().min(0).max(100) }),
});
export type TeachPickedList = z.infer<typeof TeachPickedList>;

/** What the sidebar is shown of the list the user clicked: its headers, a few rows, the columns recognised. */
export const TeachPicked = z.object({
  url: z.string().max(4000),
  headers: z.array(z.string().max(200)).max(200),
  sample: z.array(z.array(z.string().max(300)).max(200)).max(10),
  /** Detected field per column position. */
  columns: ColumnMap,
});
export type TeachPicked = z.infer<typeof TeachPicked>;

const TabId = z.number().int().optional();

/** What the views ask the background about teaching; the background answers them itself. */
export const teachMessages = family(
  {
    malformed: (first) => `Bad teach request: ${first?.message ?? 'invalid'}`,
    failed: (message) => message,
    refused: REFUSED,
  },
  {
    /** Enter pick mode in the tab (the sender's tab for the in-page sidebar, else `tabId` or the active tab). Answers TeachPicked, or null when the user cancelled. */
    'teach:start': { from: fromOwn, payload: z.object({ tabId: TabId }), reply: reply<TeachPicked | null>() },
    /** Leave pick mode without a pick. */
    'teach:cancel': { from: fromOwn, payload: z.object({ tabId: TabId }), reply: reply<null>() },
    /** The user confirmed the columns of what they picked: build, validate and save the profile. */
    'teach:save': {
      from: fromOwn,
      payload: z.object({ tabId: TabId, columns: ColumnMap, name: z.string().max(100).optional() }),
      reply: reply<SiteProfile>(),
    },
    /** Saved profiles, for the options page (the reader asks 'reader:profiles' for its page's). */
    'teach:profiles': { from: fromOwn, payload: z.object({}), reply: reply<SiteProfile[]>() },
    /** A profile shared as JSON. */
    'teach:import': {
      from: fromOwn,
      payload: z.object({ json: z.string().max(100_000) }),
      reply: reply<SiteProfile>(),
    },
    'teach:delete': { from: fromOwn, payload: z.object({ id: z.string().max(60) }), reply: reply<null>() },
  },
);

/** A teach request as it arrives, checked whole (the router checks the same payloads). */
export const TeachRequest = requestSchema(teachMessages);

export type { TeachTabMessage } from './tab';

/** Whether a confirmed mapping can be read at all: an invoice needs a number, a customer and an amount. */
export function missingRequired(columns: Partial<Record<string, number>>): string[] {
  const missing: string[] = [];
  if (columns.number === undefined) missing.push('invoice number');
  if (columns.customer === undefined) missing.push('customer');
  if (columns.balance === undefined && columns.total === undefined) missing.push('amount due or total');
  return missing;
}
