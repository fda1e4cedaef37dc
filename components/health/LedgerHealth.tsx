import { formatMoney } from '../../lib/format';
import { ageing, AGEING_BUCKETS, receivablesHealth, type AgeingBucket } from '../../lib/insight';
import type { Invoice } from '../../lib/model';
import type { LedgerSnapshot } from '../../lib/service/owed-service';

const W = 360,
  BAR_H = 22,
  GAP = 8,
  LABEL_W = 56,
  VALUE_W = 96;
const BUCKET_LABEL: Record<AgeingBucket, string> = {
  current: 'Current',
  '1-30': '1–30',
  '31-60': '31–60',
  '61-90': '61–90',
  '90+': '90+',
};

/** Ageing buckets as a small bar chart, DSO, and receivables against one month of sales, per currency. */
export function LedgerHealth({ ledger, locale }: { ledger: LedgerSnapshot; locale?: string }) {
  const invoices: Invoice[] = ledger.debtors.flatMap((d) => [...d.openInvoices, ...d.history]);
  const aged = ageing(invoices, ledger.today);
  const health = receivablesHealth(invoices, ledger.today, locale || 'en', ledger.settings.monthlySales)
    .filter((h) => h.receivables > 0 || h.averageMonthOfSales > 0)
    // The home currency first, then the largest receivables.
    .sort(
      (a, b) =>
        Number(b.currency === ledger.settings.homeCurrency) - Number(a.currency === ledger.settings.homeCurrency) ||
        b.receivables - a.receivables,
    );
  return (
    <section aria-labelledby="health-title" className="health">
      <h2 id="health-title" tabIndex={-1}>
        Ledger health
      </h2>
      {health.length === 0 && <p className="empty">Nothing owed, and no sales read yet.</p>}
      {health.map((h) => {
        const a = aged[h.currency];
        const max = Math.max(1, ...AGEING_BUCKETS.map((b) => a?.amounts[b] ?? 0));
        const money = (m: number) => formatMoney(m, h.currency, locale);
        return (
          <section
            key={h.currency}
            aria-label={`Ledger health in ${h.currency}`}
            className="card"
            data-currency={h.currency}
          >
            <p className={h.healthy ? 'ok' : 'warn'} data-testid="health-verdict">
              {h.summary}
            </p>
            <p>
              Days sales outstanding:{' '}
              <strong data-testid="dso">
                {h.averageMonthOfSales > 0 ? `${h.dso} days` : 'not enough sales to tell'}
              </strong>
            </p>
            {a && (
              <figure>
                <svg
                  viewBox={`0 0 ${W} ${AGEING_BUCKETS.length * (BAR_H + GAP)}`}
                  width="100%"
                  role="img"
                  aria-labelledby={`ageing-title-${h.currency}`}
                  aria-describedby={`ageing-desc-${h.currency}`}
                  className="ageing-chart"
                >
                  <title id={`ageing-title-${h.currency}`}>Ageing of what is owed in {h.currency}, in days late</title>
                  <desc id={`ageing-desc-${h.currency}`}>
                    {AGEING_BUCKETS.map((b) => `${BUCKET_LABEL[b]}: ${money(a.amounts[b])}`).join('; ')}
                  </desc>
                  {AGEING_BUCKETS.map((b, i) => {
                    const y = i * (BAR_H + GAP);
                    const w = ((W - LABEL_W - VALUE_W) * a.amounts[b]) / max;
                    return (
                      <g key={b} data-bucket={b} data-minor={a.amounts[b]}>
                        <text x={0} y={y + BAR_H * 0.7} className="chart-label">
                          {BUCKET_LABEL[b]}
                        </text>
                        <rect
                          x={LABEL_W}
                          y={y}
                          width={Math.max(a.amounts[b] > 0 ? 2 : 0, w)}
                          height={BAR_H}
                          rx={3}
                          className={`bar bar-${i}`}
                        />
                        <text x={LABEL_W + w + 6} y={y + BAR_H * 0.7} className="chart-value">
                          {money(a.amounts[b])}
                        </text>
                      </g>
                    );
                  })}
                </svg>
                <figcaption className="muted">
                  Open balances by days late,{' '}
                  {a.counts.current + a.counts['1-30'] + a.counts['31-60'] + a.counts['61-90'] + a.counts['90+']}{' '}
                  invoices.
                </figcaption>
              </figure>
            )}
          </section>
        );
      })}
    </section>
  );
}
