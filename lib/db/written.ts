/**
 * What one write put, store by store, in order: so the background can bring the ledger it keeps in
 * memory up to date without reading every store again after each read of a page (for 5,000
 * invoices that re-read cost as much as a third of the write itself). Anything a recorder cannot
 * replay exactly (a delete, a clear, a key it cannot name) marks the record `partial`, and the
 * copy in memory is read again instead.
 */
export interface Written {
  /** The values put, per store name, in the order they were put (a later one wins). */
  puts: Map<string, unknown[]>;
  /** Each written store's key path. */
  keyPaths: Map<string, string>;
  /** Set when something other than a put by a plain key path changed the stores. */
  partial: boolean;
}

type Store = { put(value: never, ...rest: never[]): unknown; keyPath: string | string[] | null; name: string };

/**
 * `tx` with every `objectStore(name).put(value)` recorded in `written`; deletes and clears mark it
 * partial. Reads and everything else pass through unchanged.
 */
export function recordingPuts<Tx extends { objectStore(name: never): unknown }>(tx: Tx): { tx: Tx; written: Written } {
  const written: Written = { puts: new Map(), keyPaths: new Map(), partial: false };
  const wrapStore = (store: Store) =>
    new Proxy(store, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (prop === 'put')
          return (v: never, ...rest: never[]) => {
            if (rest.length || typeof target.keyPath !== 'string') written.partial = true;
            else {
              written.keyPaths.set(target.name, target.keyPath);
              let list = written.puts.get(target.name);
              if (!list) written.puts.set(target.name, (list = []));
              list.push(v);
            }
            return target.put(v, ...rest);
          };
        if (prop === 'delete' || prop === 'clear') written.partial = true;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const proxy = new Proxy(tx, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop === 'objectStore') return (name: never) => wrapStore(target.objectStore(name) as Store);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { tx: proxy, written };
}

/** Key order as IndexedDB keeps string keys (by code unit), which getAll answers in. */
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `snapshot` (arrays of each store's values, in key order, as `getAll` gives them) with what was
 * written applied: values replaced by key, new ones merged in key order. Undefined when it cannot
 * be replayed exactly (partial, or a store the snapshot does not hold as such a list).
 */
export function withWritten<S extends object>(snapshot: S, written: Written): S | undefined {
  if (written.partial) return undefined;
  const out: Record<string, unknown> = { ...(snapshot as Record<string, unknown>) };
  for (const [name, values] of written.puts) {
    const keyPath = written.keyPaths.get(name);
    const before = out[name];
    if (!keyPath || !Array.isArray(before)) return undefined;
    const keyOf = (v: unknown) => (v as Record<string, unknown>)[keyPath];
    const latest = new Map<string, unknown>();
    for (const v of values) {
      const key = keyOf(v);
      if (typeof key !== 'string') return undefined;
      latest.set(key, v);
    }
    const next: unknown[] = [];
    for (const v of before) {
      const key = keyOf(v) as string;
      const now = latest.get(key);
      next.push(now ?? v);
      if (now) latest.delete(key);
    }
    if (latest.size) {
      // The new keys, merged into the sorted list in one pass.
      const added = [...latest.keys()].sort(byKey);
      const merged: unknown[] = [];
      let i = 0;
      for (const key of added) {
        while (i < next.length && byKey(keyOf(next[i]) as string, key) < 0) merged.push(next[i++]);
        merged.push(latest.get(key));
      }
      while (i < next.length) merged.push(next[i++]);
      out[name] = merged;
    } else out[name] = next;
  }
  return out as S;
}
