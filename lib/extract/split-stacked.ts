import { cellText } from './cell-text';
import type { RawList } from './find-lists';
import { headerScores } from './header-words';

/** The visible blocks of a cell that stacks several values ("Acme Corp" over "INV-0042"). */
function blocks(cell: Element | undefined): Element[] {
  if (!cell) return [];
  let els = Array.from(cell.children).filter((c) => cellText(c));
  // One wrapper around the stacked blocks: look inside it.
  while (els.length === 1 && els[0]!.children.length > 1) els = Array.from(els[0]!.children).filter((c) => cellText(c));
  return els;
}

/**
 * Some apps stack two values in one column under a header such as "Client / Invoice Number"
 * (FreshBooks). When each part of the header names a field and the cells hold that many
 * blocks, the column becomes one column per part.
 */
export function splitStackedColumns(list: RawList): RawList {
  let out = list;
  for (let i = list.headers.length - 1; i >= 0; i--) {
    const parts = (list.headers[i] ?? '').split(/\s+\/\s+|\s*\/\s*(?=\p{Lu})/u).map((p) => p.trim());
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => headerScores(p).size === 0)) continue;
    const filled = out.rows.filter((r) => r.texts[i]);
    const fit = filled.filter((r) => blocks(r.cells[i]).length === parts.length).length;
    if (filled.length === 0 || fit / filled.length < 0.6) continue;
    out = {
      ...out,
      headers: [...out.headers.slice(0, i), ...parts, ...out.headers.slice(i + 1)],
      rows: out.rows.map((r) => {
        const b = blocks(r.cells[i]);
        const cells = parts.map((_, k) => (b.length === parts.length ? b[k] : k === 0 ? r.cells[i] : undefined));
        return {
          ...r,
          cells: [...r.cells.slice(0, i), ...cells, ...r.cells.slice(i + 1)],
          texts: [...r.texts.slice(0, i), ...cells.map((c) => (c ? cellText(c) : '')), ...r.texts.slice(i + 1)],
        };
      }),
    };
  }
  return out;
}
