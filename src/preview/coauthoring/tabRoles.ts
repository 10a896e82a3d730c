/**
 * Who this tab is among the preview's open tabs, through the Web Locks API (held until the
 * tab closes, released by the browser when it does): its co-author number, the lowest free
 * one, and whether it keeps the shared workbook in IndexedDB. One tab saves, so tabs never
 * overwrite each other's saves; when it closes, another open tab takes the role over.
 */
const PREFIX = "effektiviseringar-forhandsvisning";
const SAVER = `${PREFIX}-sparar`;
const AUTHOR = `${PREFIX}-medforfattare-`;

export interface TabRoles {
  /** 1 for the first tab, 2 for the next open one, … */
  author: number;
  /**
   * Whether this tab saves the workbook. The first tab does, and starts from what is saved;
   * another asks it for its copy. It may become so later, when the saver closes.
   */
  isSaver(): boolean;
  /** Whether this tab took the saver's role as it started (no other tab had it). */
  startedAsSaver: boolean;
  /** Settles when this tab becomes the saver: the one that had the role has closed. */
  becameSaver: Promise<void>;
}

/** A lock held until the tab closes: its callback's promise never settles. */
const hold = () => new Promise<void>(() => undefined);

/** Takes `name` if it is free now and keeps it; false when another tab has it. */
function claimIfFree(locks: LockManager, name: string): Promise<boolean> {
  return new Promise((resolve) => {
    void locks.request(name, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      return lock ? hold() : undefined;
    });
  });
}

export async function claimTabRoles(locks: LockManager | undefined): Promise<TabRoles> {
  // Without Web Locks (an old browser), the tab is on its own: co-author 1, and it saves.
  if (!locks) {
    return { author: 1, isSaver: () => true, startedAsSaver: true, becameSaver: Promise.resolve() };
  }
  let author = 1;
  while (!(await claimIfFree(locks, `${AUTHOR}${author}`))) author += 1;
  let saver = await claimIfFree(locks, SAVER);
  const startedAsSaver = saver;
  const becameSaver = saver
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        void locks.request(SAVER, () => {
          saver = true;
          resolve();
          return hold();
        });
      });
  return { author, isSaver: () => saver, startedAsSaver, becameSaver };
}
