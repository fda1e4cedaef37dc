// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { overdueMarks } from '../../../lib/extract/page/overdue-marks';

const cellsOf = (row: Element) => Array.from(row.children);

describe('overdueMarks', () => {
  it("finds an overdue class on a cell's elements, however deep, among its first twenty, and says which cells", () => {
    document.body.innerHTML = `<table>
      <tr id="deep"><td><div class="wrap"><span><i class="icon"></i></span><span><b class="label label-danger">Open</b></span></div></td></tr>
      <tr id="after"><td><span></span></td><td><em class="text-danger">x</em></td></tr>
      <tr id="far"><td>${'<i></i>'.repeat(20)}<span class="badge-danger">Open</span></td></tr>
      <tr id="plain"><td><span class="badge">Open</span></td></tr></table>`;
    const marked = (id: string) => {
      const row = document.getElementById(id)!;
      return overdueMarks(row, cellsOf(row));
    };
    expect(marked('deep')).toEqual([0]);
    // The second cell only: the reader heeds the status cell's marks, not any cell's.
    expect(marked('after')).toEqual([1]);
    expect(marked('far')).toBeUndefined();
    expect(marked('plain')).toBeUndefined();
  });

  it("marks the whole row by its class, and a profile's selector replaces the class guess", () => {
    document.body.innerHTML = `<table><tr id="late" class="row is-late"><td>1</td></tr>
      <tr id="red"><td><span class="badge badge-danger">Open</span></td></tr>
      <tr id="odoo"><td><span class="o_overdue">Open</span></td></tr></table>`;
    const row = (id: string) => document.getElementById(id)!;
    expect(overdueMarks(row('late'), cellsOf(row('late')))).toBe(true);
    expect(overdueMarks(row('red'), cellsOf(row('red')), '.o_overdue')).toBeUndefined();
    expect(overdueMarks(row('odoo'), cellsOf(row('odoo')), '.o_overdue')).toBe(true);
    // A broken selector in a taught profile falls back to the classes.
    expect(overdueMarks(row('red'), cellsOf(row('red')), '[[broken')).toEqual([0]);
  });
});
