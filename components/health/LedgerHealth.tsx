import { formatMoney } from '../../lib/format';
import type { LedgerSnapshot } from '../../lib/service/owed-service';
import { ledgerHealth } from './insight-port';

const W = 360, BAR_H = 22, GAP = 8, LABEL_W = 56, VALUE_W = 96;

/** Ageing buckets as a small bar chart, DSO, and receivables against one month of sales. */
export function LedgerHealth({ ledger, locale }: { ledger: LedgerSnapshot; locale?: string }) {
  const h = ledgerHealth(ledger.debtors, ledger.settings, ledger.today);
  const max = Math.max(1, ...h.buckets.map((b) => b.minor));
  const money = (m: number) => formatMoney(m, h.currency, locale);
  const height = h.buckets.length * (BAR_H + GAP);
  return (
    <section aria-labelledby="health-title" className="health">
      <h2 id="health-title">Ledger health</h2>
      <p className={h.healthy ? 'ok' : 'warn'} data-testid="health-verdict">
        Receivables {money(h.receivables)} against one month of sales {money(h.monthOfSales)}:{' '}
        {h.healthy ? 'healthy.' : 'more than a month of sales is owed to you.'}
      </p>
      <p>Days sales outstanding: <strong data-testid="dso">{h.dso === null ? 'not enough sales to tell' : `${h.dso} days`}</strong></p>
      <figure>
        <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-labelledby="ageing-title" aria-describedby="ageing-desc" className="ageing-chart">
          <title id="ageing-title">Ageing of what is owed, in days late</title>
          <desc id="ageing-desc">{h.buckets.map((b) => `${b.label}: ${money(b.minor)}`).join('; ')}</desc>
          {h.buckets.map((b, i) => {
            const y = i * (BAR_H + GAP);
            const w = ((W - LABEL_W - VALUE_W) * b.minor) / max;
            return (
              <g key={b.label} data-bucket={b.label} data-minor={b.minor}>
                <text x={0} y={y + BAR_H * 0.7} className="chart-label">{b.label}</text>
                <rect x={LABEL_W} y={y} width={Math.max(b.minor > 0 ? 2 : 0, w)} height={BAR_H} rx={3} className={`bar bar-${i}`} />
                <text x={LABEL_W + w + 6} y={y + BAR_H * 0.7} className="chart-value">{money(b.minor)}</text>
              </g>
            );
          })}
        </svg>
        <figcaption className="muted">Days late, in {h.currency}{h.otherCurrencies ? `; ${h.otherCurrencies} debtors owing in other currencies not included` : ''}.</figcaption>
      </figure>
    </section>
  );
}
