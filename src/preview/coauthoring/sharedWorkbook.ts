/**
 * The preview's workbook as this tab's copy of one shared between its open tabs: the first
 * tab starts from what is saved (or the samples) and saves; a tab opened next starts from the
 * first one's copy, and from then on each tab's changes reach the others after
 * SHARE_DELAY_MS (tabCoauthor.ts), merged by the replicas' rule.
 */
import { createFakeExcel, type FakeWorkbook } from "../fakeExcel";
import { recalculate } from "../fakeExcel/formulas/calculate";
import { createReplica } from "../fakeExcel/replicas";
import { type NotifyingExcel, withChangeNotifications } from "../notifyingExcel";
import { requestSnapshot, shareReplica } from "./tabCoauthor";
import { claimTabRoles } from "./tabRoles";

const CHANNEL = "effektiviseringar-forhandsvisning";
/** Seconds, as Excel's service takes to merge; shorter than the pane's confirmation wait. */
const SHARE_DELAY_MS = 2_000;
/** The first tab may still be loading its workbook when a second one asks for a copy. */
const SNAPSHOT_WAIT = { timeoutMs: 10_000, retryMs: 250 };

export interface SharedWorkbook {
  excel: NotifyingExcel;
  /** This tab's co-author number, shown in the preview's banner. */
  author: number;
  /** Whether this tab keeps the workbook in IndexedDB now (one tab does). */
  saves(): boolean;
  /** Another workbook was stored: every tab starts afresh from it, this one too. */
  reopenEverywhere(): void;
}

export async function openSharedWorkbook(
  load: () => Promise<FakeWorkbook>
): Promise<SharedWorkbook> {
  const roles = await claimTabRoles(navigator.locks);
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(CHANNEL) : null;
  // A reloaded tab may find its former self still holding the saver's role for a moment: it
  // stops waiting for a copy as soon as the role comes to it, and starts from what is saved.
  const snapshot =
    channel && !roles.startedAsSaver
      ? await requestSnapshot(channel, { ...SNAPSHOT_WAIT, giveUp: roles.becameSaver })
      : undefined;
  const replica = createReplica(snapshot?.model ?? (await load()), roles.author, snapshot?.stamps);
  let closing = false;
  const reload = () => {
    closing = true;
    window.location.reload();
  };
  const share = channel
    ? shareReplica(channel, replica, {
        delayMs: SHARE_DELAY_MS,
        now: Date.now,
        onMerged: () => {
          // As Excel recalculates after a co-author's change arrives.
          recalculate(replica.model);
          excel.notify();
        },
        onReopen: reload,
      })
    : undefined;
  const excel = withChangeNotifications(
    createFakeExcel(replica.model, {
      replica: { beforeSync: () => undefined, afterSync: () => share?.publish() },
    })
  );
  return {
    excel,
    author: roles.author,
    saves: () => roles.isSaver() && !closing,
    reopenEverywhere() {
      share?.announceReopen();
      reload();
    },
  };
}
