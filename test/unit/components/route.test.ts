import { describe, expect, it } from 'vitest';
import { routeFromHash } from '../../../components/sidebar/route';

describe('routeFromHash', () => {
  it('opens a view, a debtor or one of its panels, and Today for anything else', () => {
    expect(routeFromHash('')).toEqual({ view: 'today' });
    expect(routeFromHash('#debtors')).toEqual({ view: 'debtors' });
    expect(routeFromHash('#health')).toEqual({ view: 'health' });
    expect(routeFromHash('#debtor/acme%20and%20sons')).toEqual({ view: 'debtor', id: 'acme and sons' });
    expect(routeFromHash('#debtor/acme/call')).toEqual({ view: 'debtor', id: 'acme', panel: 'call' });
    expect(routeFromHash('#debtor/acme/rm-rf')).toEqual({ view: 'debtor', id: 'acme' });
    expect(routeFromHash('#debtor/%E0%A4%A')).toEqual({ view: 'today' });
    expect(routeFromHash('#<script>')).toEqual({ view: 'today' });
  });
});
