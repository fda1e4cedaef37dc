/** Folds case and accents so "März", "marz" and "MÄRZ" meet. */
export const fold = (s: string) =>
  // Most text is plain ASCII: skip the costly normalisation then (this runs for every cell).
  /[^\x00-\x7f]/.test(s)
    ? s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
    : s.toLowerCase();
