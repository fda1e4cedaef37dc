// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import type { TeachAccess } from '../../../components/teach/teach-access';
import { defineProfile } from '../../../lib/extract/page/site-profile';
import { deskFixture } from './desk-fixture';

afterEach(cleanup);

const teach: TeachAccess = {
  start: async () => null,
  cancel: async () => {},
  save: async () => defineProfile({ id: 't', name: 't' }),
  profiles: async () => [],
  importJson: async () => defineProfile({ id: 't', name: 't' }),
  remove: async () => {},
};

describe('the sidebar offers to teach a page Owed missed', () => {
  it('under "Owed missed the invoices on this page?", one click from teaching', async () => {
    const f = await deskFixture();
    render(<Sidebar client={f.client} subscribe={f.subscribe} locale="en-US" io={f.io} teach={teach} />);
    fireEvent.click(await screen.findByText('Owed missed the invoices on this page?'));
    expect(screen.getByRole('button', { name: 'Teach Owed this page' })).toBeTruthy();
  });

  it('not without a way to teach (the component tests)', async () => {
    const f = await deskFixture();
    f.render();
    await screen.findByRole('heading', { name: 'Owed' });
    expect(screen.queryByText('Owed missed the invoices on this page?')).toBeNull();
  });
});
