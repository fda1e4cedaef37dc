// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rowMarkedOverdue } from '../../../lib/extract/row-marks';

describe('rowMarkedOverdue', () => {
  it("finds an overdue class on the status cell's elements, however deep, among its first twenty", () => {
    document.body.innerHTML = `<table>
      <tr id="deep"><td><div class="wrap"><span><i class="icon"></i></span><span><b class="label label-danger">Open</b></span></div></td></tr>
      <tr id="after"><td><span></span></td><td><em class="text-danger">x</em></td></tr>
      <tr id="far"><td>${'<i></i>'.repeat(20)}<span class="badge-danger">Open</span></td></tr>
      <tr id="plain"><td><span class="badge">Open</span></td></tr></table>`;
    const marked = (id: string) => {
      const row = document.getElementById(id)!;
      return rowMarkedOverdue(row, row.querySelector('td')!, []);
    };
    expect(marked('deep')).toBe(true);
    // Only the status cell is looked into, not the cells after it.
    expect(marked('after')).toBe(false);
    expect(marked('far')).toBe(false);
    expect(marked('plain')).toBe(false);
  });
});
