/** How an amount is written: with its currency (the default), or as a bare number to edit. */
export interface MoneyStyle {
  /** false: the number only ("1250.50"), as a field the user edits shows it. */
  currencySign?: boolean;
  /** false: no thousands separators. */
  grouping?: boolean;
}

/** Building an Intl formatter costs far more than using one: views and reasons format thousands. */
const formatters = new Map<string, { format: Intl.NumberFormat; scale: number }>();

function formatter(currency: string, locale: string | undefined, style: MoneyStyle) {
  const key = `${locale ?? ''}|${currency}|${style.currencySign === false ? 0 : 1}${style.grouping === false ? 0 : 1}`;
  let f = formatters.get(key);
  if (!f) {
    // A locale tag the owner typed wrong falls back to the browser's, not to an error on every view.
    let currencyFormat: Intl.NumberFormat;
    try {
      currencyFormat = new Intl.NumberFormat(locale || undefined, { style: 'currency', currency });
    } catch {
      locale = undefined;
      currencyFormat = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    }
    const digits = currencyFormat.resolvedOptions().maximumFractionDigits ?? 2;
    const format =
      style.currencySign === false || style.grouping === false
        ? new Intl.NumberFormat(locale || undefined, {
            ...(style.currencySign === false ? {} : { style: 'currency', currency }),
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
            useGrouping: style.grouping !== false,
          })
        : currencyFormat;
    f = { format, scale: 10 ** digits };
    formatters.set(key, f);
  }
  return f;
}

/**
 * The one money formatter: minor units in `currency` as the user's locale writes them
 * ("$1,234.50", "1 234,50 €"), or as `style` asks (a bare number for an input field).
 */
export function formatMoney(minor: number, currency: string, locale?: string, style: MoneyStyle = {}): string {
  let f: ReturnType<typeof formatter>;
  try {
    f = formatter(currency, locale, style);
  } catch {
    // A code Intl does not know (typed half-way, read off a page) is shown beside the number, in cents.
    const number = formatter('EUR', locale, { ...style, currencySign: false }).format.format(minor / 100);
    return style.currencySign === false ? number : `${number} ${currency}`;
  }
  return f.format.format(minor / f.scale);
}
