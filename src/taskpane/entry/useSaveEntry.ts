/**
 * Saving a validated effect through the workbook port: append a new one, update the edited
 * one, or fix a row typed by hand, stamped with the person's name ("Ditt namn", asked for the
 * first time). A failure keeps the form as it is and says why, in the workbook layer's
 * Swedish, so the person can try again without retyping anything.
 */
import { useRef } from "react";
import type { Effect, EffectId, EffectInput } from "../../domain/model/effect";
import type { EntryFormMode } from "../../domain/entryForm/entryForm";
import {
  WorkbookError,
  type InvalidRow,
  type SaveKind,
  type WorkbookPort,
} from "../../workbook/port";
import { useWorkbookAction } from "../shared/useWorkbookAction";
import { entryStrings as t } from "./strings.sv";
import { useIdentity } from "../shared/identity";
import { useWorkbook } from "../workbookContext";

/** What the form is for: a new effect, one to edit, or a row to fix. */
export type EntryTarget =
  { kind: "new" } | { kind: "edit"; effect: Effect } | { kind: "fix"; row: InvalidRow };

export type SavePhase =
  | { kind: "editing" }
  | { kind: "saving" }
  /** `as`: whether the effects were registered or a saved one changed (its later confirmation). */
  | { kind: "saved"; effects: Effect[]; as: SaveKind }
  | { kind: "failed"; message: string };

/** What a save wrote, and whether it registered or changed (for its later confirmation). */
interface SavedEffects {
  effects: Effect[];
  as: SaveKind;
}

/** The port's call for the form's mode; an append carries the ids it was first tried with. */
async function saveThrough(
  workbook: WorkbookPort,
  target: EntryTarget,
  mode: EntryFormMode,
  input: EffectInput,
  by: string,
  ids: EffectId[]
): Promise<SavedEffects> {
  try {
    if (mode === "edit" && target.kind === "edit") {
      return { effects: [await workbook.updateEffect(target.effect, input, { by })], as: "change" };
    }
    if (mode === "fix" && target.kind === "fix") {
      return { effects: [await workbook.fixInvalidRow(target.row, input, { by })], as: "change" };
    }
    const effects = await workbook.appendEffects([input], { registeredBy: by, ids });
    return { effects, as: "registration" };
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    // Not the workbook layer's: a fault of ours, said as such, never as Excel's.
    const detail = error instanceof Error ? error.message : String(error);
    throw new WorkbookError("syncFailed", t.unexpected(detail), error);
  }
}

export function useSaveEntry(target: EntryTarget, onSaved: (effects: Effect[]) => void) {
  const workbook = useWorkbook();
  const { askName } = useIdentity();
  // Excel can apply a write and lose the answer: retrying the same input with the same id lets
  // the workbook layer see that the row already landed (see appendEffects).
  const attempt = useRef<{ input: string; ids: EffectId[] } | null>(null);
  const idsFor = (input: EffectInput): EffectId[] => {
    const key = JSON.stringify(input);
    if (attempt.current?.input !== key) {
      attempt.current = { input: key, ids: workbook.newEffectIds(1) };
    }
    return attempt.current.ids;
  };
  const action = useWorkbookAction(
    (port, mode: EntryFormMode, input: EffectInput, by: string, ids: EffectId[]) =>
      saveThrough(port, target, mode, input, by, ids),
    ({ effects }) => {
      attempt.current = null;
      onSaved(effects);
    }
  );

  /**
   * `mode` is the form's: after "same case next" an edit form registers a new effect. Without
   * a name (the person closed "Ditt namn") nothing is saved and the form stays as it is. A
   * second Enter while saving does nothing (useWorkbookAction), so nothing is appended twice.
   */
  const save = async (mode: EntryFormMode, input: EffectInput): Promise<boolean> => {
    if (action.busy) return false;
    const by = await askName();
    if (by === null) return false;
    return action.run(mode, input, by, idsFor(input));
  };

  const phase: SavePhase = action.busy
    ? { kind: "saving" }
    : action.error
      ? { kind: "failed", message: action.error.message }
      : action.result
        ? { kind: "saved", ...action.result }
        : { kind: "editing" };
  return { phase, save, resume: action.reset };
}
