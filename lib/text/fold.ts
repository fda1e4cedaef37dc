/**
 * Folds case, accents and compatibility forms so "März", "marz", "MÄRZ" and "ｍäｒｚ" meet: the one
 * fold of extraction (header words, statuses), classification (evidence words), search and the
 * debtor id. NFKD also turns a ligature or a no-break space into its plain letters or space.
 */
export const fold = (s: string): string =>
  // Most text is plain ASCII: skip the costly normalisation then (this runs for every cell).
  /[^\x00-\x7f]/.test(s)
    ? s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
    : s.toLowerCase();
