import type { ReactNode } from 'react';

/** A problem the user can act on: what happened, then what to do. */
export function Problem({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="problem" role="alert">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
