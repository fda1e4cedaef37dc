/**
 * Makes a text the ledger keeps one flat string, and returns it. A reason joined from pieces
 * (`${n} invoices overdue (${numbers}), the oldest ${days} late`) is, in V8 (and SpiderMonkey), a
 * tree of those pieces until something reads its characters. The views keep their reasons and
 * next actions as long as the ledger lives, so every piece is one more object for the garbage
 * collector to copy: before this, a third of the ledger's time. Reading one character joins them.
 */
export function keptText(text: string): string {
  text.charCodeAt(0);
  return text;
}
