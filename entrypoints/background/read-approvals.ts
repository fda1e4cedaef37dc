import {
  APPROVALS_KEY,
  readApprovals,
  type ReadApprovals,
  withApproval,
  withoutApproval,
} from '../../lib/sites/read-approvals';

const load = async () => readApprovals((await browser.storage.local.get(APPROVALS_KEY))[APPROVALS_KEY]);
const save = (list: string[]) => browser.storage.local.set({ [APPROVALS_KEY]: list });

/** One change at a time: two quick approvals do not lose one another. */
let queue: Promise<unknown> = Promise.resolve();
const change = (fn: (list: string[]) => string[]) => {
  const next = queue.then(async () => save(fn(await load())));
  queue = next.catch(() => {});
  return next;
};

/** The origins the user approved for automatic reading, in `browser.storage.local`. */
export const browserReadApprovals: ReadApprovals = {
  list: load,
  has: async (origin) => (await load()).includes(origin),
  add: (origin) => change((list) => withApproval(list, origin)),
  remove: (origin) => change((list) => withoutApproval(list, origin)),
};
