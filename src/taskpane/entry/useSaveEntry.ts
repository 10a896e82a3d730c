/**
 * Saving a validated effect through the workbook port: append a new one, update the edited
 * one, or fix a row typed by hand, stamped with the person's name ("Ditt namn", asked for the
 * first time). A failure keeps the form as it is and says why, in the workbook layer's
 * Swedish, so the person can try again without retyping anything.
 */
import { useRef, useState } from "react";
import type { Effect, EffectId, EffectInput } from "../../domain/model/effect";
import type { EntryFormMode } from "../../domain/entryForm/entryForm";
import type { InvalidRow, SaveKind } from "../../workbook/port";
import { workbookMessageOf } from "../shared/workbookMessage";
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

function messageOf(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return workbookMessageOf(error) ?? t.unexpected(detail);
}

export function useSaveEntry(target: EntryTarget, onSaved: (effects: Effect[]) => void) {
  const workbook = useWorkbook();
  const { askName } = useIdentity();
  const [phase, setPhase] = useState<SavePhase>({ kind: "editing" });
  // A second Enter while saving must not append the effect twice.
  const busy = useRef(false);
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

  /**
   * `mode` is the form's: after "same case next" an edit form registers a new effect. Without
   * a name (the person closed "Ditt namn") nothing is saved and the form stays as it is.
   */
  const save = async (mode: EntryFormMode, input: EffectInput): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    try {
      const by = await askName();
      if (by === null) return false;
      setPhase({ kind: "saving" });
      let effects: Effect[];
      let as: SaveKind = "change";
      if (mode === "edit" && target.kind === "edit") {
        effects = [await workbook.updateEffect(target.effect, input, { by })];
      } else if (mode === "fix" && target.kind === "fix") {
        effects = [await workbook.fixInvalidRow(target.row, input, { by })];
      } else {
        effects = await workbook.appendEffects([input], { registeredBy: by, ids: idsFor(input) });
        as = "registration";
      }
      attempt.current = null;
      setPhase({ kind: "saved", effects, as });
      onSaved(effects);
      return true;
    } catch (error) {
      setPhase({ kind: "failed", message: messageOf(error) });
      return false;
    } finally {
      busy.current = false;
    }
  };

  const resume = () => setPhase({ kind: "editing" });
  return { phase, save, resume };
}
