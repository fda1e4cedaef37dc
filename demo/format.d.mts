// Types for demo/format.mjs: what tests share with the demo app.

/** The machine's local calendar date, YYYY-MM-DD: the demo app's "today". */
export function localToday(now?: Date): string;
/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number;
export function escapeHtml(value: unknown): string;
export function formatMoney(cents: number, currency: string): string;
export function formatDate(iso: string): string;
