/**
 * Which part of Registreringar is open. An effect is remembered by id and a row by its id or
 * sheet row, never as a stale object: after each reload they are looked up again in what was
 * just read (DESIGN: co-authors change the table).
 */
import { useState } from "react";
import type { Effect, EffectId } from "../../domain/model/effect";
import type { InvalidRow } from "../../workbook/port";
import type { SavedPeriods } from "../shared/confirmPeriods";
import type { WorkbookData } from "../shared/useWorkbookData";

export type Panel =
  | { kind: "list" }
  | { kind: "details"; id: EffectId; realising: boolean }
  | { kind: "edit"; id: EffectId }
  /** `done`: the row is saved and valid now, so it is no longer among the rows to fix. */
  | { kind: "fix"; row: InvalidRow; done: boolean };

/** What the open panel shows, as of the latest reading; `lost` when it is gone from the table. */
export interface Resolved {
  effect: Effect | undefined;
  row: InvalidRow | undefined;
  lost: boolean;
}

const sameRow = (a: InvalidRow, b: InvalidRow): boolean =>
  a.id !== null ? a.id === b.id : a.sheetRow === b.sheetRow;

export function resolvePanel(panel: Panel, data: WorkbookData | undefined): Resolved {
  if (!data || panel.kind === "list") return { effect: undefined, row: undefined, lost: false };
  if (panel.kind === "fix") {
    const row = panel.done ? panel.row : data.invalidRows.find((r) => sameRow(r, panel.row));
    return { effect: undefined, row, lost: row === undefined };
  }
  const effect = data.effects.find((e) => e.id === panel.id);
  return { effect, row: undefined, lost: effect === undefined };
}

/** What the panel says after a save, and what it wrote (its later confirmation follows). */
export interface PanelNotice {
  text: string;
  saved: readonly Effect[];
  /** The periods a save wrote too (Realisera): confirmed with them. */
  periods?: SavedPeriods;
}

export function usePanel() {
  const [panel, setPanel] = useState<Panel>({ kind: "list" });
  // Focus follows the person only after they moved; the first render keeps the view's own.
  const [moves, setMoves] = useState(0);
  const [notice, setNotice] = useState<PanelNotice | null>(null);
  const open = (next: Panel, message: PanelNotice | null = null) => {
    setPanel(next);
    setMoves((n) => n + 1);
    setNotice(message);
  };
  /** Changes the panel in place (no focus move): the realise form, a fixed row. */
  const update = (change: (current: Panel) => Panel) => setPanel(change);
  return { panel, moves, notice, open, update };
}
