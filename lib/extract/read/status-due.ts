// The amount a status says is still due, when a list has no amount-due column of its own.

// An amount said to be due in a status: "Partially paid, $120.00 due", "Due: 80,00 €", "€80 remaining".
const DUE_IN_STATUS =
  /(?:due|owing|remaining|outstanding|restant|offen|pendiente|em aberto|openstaand|residuo)\s*:?\s*([^\s,;:][^,;]*\d[^,;]*)$|([^,;:]*\d[^,;]*?)\s+(?:due|owing|remaining|outstanding|restant[e]?|offen|pendiente|em aberto|openstaand)\b/i;

/** The money text a status says is due ("Partially paid, $120.00 due" → "$120.00"), if it says one. */
export function dueTextInStatus(status: string): string | undefined {
  const m = DUE_IN_STATUS.exec(status);
  return m ? (m[1] ?? m[2])!.trim() : undefined;
}
