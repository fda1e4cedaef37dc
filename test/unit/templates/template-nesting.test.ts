import { describe, expect, it } from 'vitest';
import { parseTemplate, renderNodes, TemplateError } from '../../../lib/templates/template-language';

const plain = (s: string) => s;
const invoices = Array.from({ length: 40 }, (_, i) => ({ number: `INV-${i}` }));

/** `depth` sections over the same list, one inside the other: 40^depth repetitions if let run. */
const nested = (depth: number) => `${'{{#invoices}}'.repeat(depth)}{{number}} ${'{{/invoices}}'.repeat(depth)}`;

describe('nested sections', () => {
  it('render what a template repeats once, and twice nested, in full', () => {
    expect(renderNodes(parseTemplate(nested(1)), [{ invoices }], plain)).toBe(
      invoices.map((i) => `${i.number} `).join(''),
    );
    expect(renderNodes(parseTemplate(nested(2)), [{ invoices }], plain).split(' ').length - 1).toBe(40 * 40);
  });

  it('refuse a template that would repeat past the work limit, with a reason, instead of growing exponentially', () => {
    let visits = 0;
    const counting = (s: string) => {
      visits++;
      return s;
    };
    expect(() => renderNodes(parseTemplate(nested(6)), [{ invoices }], counting)).toThrow(TemplateError);
    expect(() => renderNodes(parseTemplate(nested(6)), [{ invoices }], plain)).toThrow(/repeats too much/);
    // It stopped at the limit: 40^6 = 4 billion values were never rendered.
    expect(visits).toBeLessThan(1_000_000);
  });

  it('refuse sections nested deeper than a letter needs, when the template is read', () => {
    expect(() => parseTemplate(nested(9))).toThrow(/nest more than 8 deep/);
    expect(() => parseTemplate(nested(8))).not.toThrow();
  });
});
