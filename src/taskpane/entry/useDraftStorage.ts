/**
 * Keeps a new registration's draft in the browser's storage, so that closing the task pane
 * midway (or Excel closing it) loses nothing. Storage can be missing or refuse writes (private
 * mode, a full quota, a locked-down Office webview): the form then works without a draft.
 */
import { useEffect, useRef } from "react";
import type { EntryFormState } from "../../domain/entryForm/entryForm";
import { isBlankForm, restoreEntryForm, snapshotOf } from "../../domain/entryForm/snapshot";

/** The part of the Web Storage API a draft needs; tests pass their own. */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const DRAFT_KEY = "effektiviseringar.draft.v1";

/** Typing is saved after this pause, not on every key. */
const SAVE_DELAY_MS = 400;

/** `window.localStorage`, or null where even reading the property throws (sandboxed frames). */
export function browserStorage(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readDraft(storage: DraftStorage | null): EntryFormState | null {
  try {
    return restoreEntryForm(storage?.getItem(DRAFT_KEY) ?? null);
  } catch {
    return null;
  }
}

export function clearDraft(storage: DraftStorage | null): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear where storage cannot be used.
  }
}

function writeDraft(storage: DraftStorage | null, state: EntryFormState): void {
  const snapshot = snapshotOf(state);
  // An edit is never stored, and must not wipe the new registration waiting in storage.
  if (snapshot === null) return;
  if (isBlankForm(state)) return clearDraft(storage);
  try {
    storage?.setItem(DRAFT_KEY, snapshot);
  } catch {
    // A draft is a convenience: without storage the form still works.
  }
}

/** Saves `state` shortly after each change while `enabled`, and at once when the pane goes. */
export function useDraftStorage(
  state: EntryFormState,
  storage: DraftStorage | null,
  enabled: boolean
): void {
  const pending = useRef<EntryFormState | null>(null);

  useEffect(() => {
    if (!enabled) return;
    pending.current = state;
    const timer = setTimeout(() => {
      pending.current = null;
      writeDraft(storage, state);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, storage, enabled]);

  useEffect(() => {
    if (enabled) return;
    // Saved or left edit mode: a change waiting to be written is no draft any more.
    pending.current = null;
  }, [enabled]);

  useEffect(() => {
    const flush = () => {
      if (pending.current) writeDraft(storage, pending.current);
      pending.current = null;
    };
    // Closing the pane may unload the page without unmounting React.
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [storage]);
}
