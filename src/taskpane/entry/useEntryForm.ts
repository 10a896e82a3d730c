/**
 * The entry form's state: the domain's reducer, and everything derived from it by domain
 * functions (validation, the issues to show, the live result). Nothing derived is stored.
 */
import { useEffect, useMemo, useReducer, useState } from "react";
import type { Effect } from "../../domain/model/effect";
import {
  initialEntryForm,
  placedIssues,
  reduceEntryForm,
  shownFields,
  validateEntryForm,
  visibleIssues,
  type EntryField,
  type EntryFormState,
  type EntryIssue,
} from "../../domain/entryForm/entryForm";
import { entryResult } from "../../domain/entryForm/result";
import { editFallback, type EditFallback } from "../../domain/trust/review";
import type { EffectLists } from "../../domain/model/lists";
import { clearDraft, readDraft, useDraftStorage, type DraftStorage } from "./useDraftStorage";
import { useSaveEntry, type EntryTarget } from "./useSaveEntry";

export interface UseEntryFormOptions {
  target: EntryTarget;
  lists: EffectLists;
  onSaved: (effects: Effect[]) => void;
  storage: DraftStorage | null;
}

function startState(target: EntryTarget): EntryFormState {
  if (target.kind === "new") return initialEntryForm();
  const draft = target.kind === "edit" ? target.effect : target.row.draft;
  return reduceEntryForm(initialEntryForm(), { type: "loaded", mode: target.kind, draft });
}

export function useEntryForm({ target, lists, onSaved, storage }: UseEntryFormOptions) {
  // Read once: a new registration picks up where the person left off.
  const [restored] = useState(() => (target.kind === "new" ? readDraft(storage) : null));
  const [state, dispatch] = useReducer(reduceEntryForm, target, (t) => restored ?? startState(t));
  const { phase, save, resume } = useSaveEntry(target, onSaved);

  const validation = useMemo(() => validateEntryForm(state, lists), [state, lists]);
  const placed = useMemo(() => placedIssues(state, validation.issues), [state, validation]);
  const result = useMemo(() => entryResult(state, validation.issues), [state, validation]);
  const fields = useMemo(() => shownFields(state), [state]);
  // Saving an edit of a verified effect undoes (part of) the verification: the form says so.
  const fallback: EditFallback =
    target.kind === "edit" && state.mode === "edit" && validation.input
      ? editFallback(target.effect, validation.input)
      : "none";
  const shown = useMemo(() => {
    const byField = new Map<EntryField | "row", EntryIssue[]>();
    for (const issue of visibleIssues(state, validation.issues)) {
      byField.set(issue.at, [...(byField.get(issue.at) ?? []), issue]);
    }
    return byField;
  }, [state, validation]);

  const saved = phase.kind === "saved";
  useDraftStorage(state, storage, state.mode === "new" && !saved);
  useEffect(() => {
    if (saved) clearDraft(storage);
  }, [saved, storage]);

  return {
    state,
    dispatch,
    /** Every issue of the draft at its place: what stands between the form and saving. */
    placed,
    /** The issues to show now, by field. */
    shown,
    /** The input to save, or null while there are issues. */
    input: validation.input,
    /** Saved hours are given: the kronor amounts are not required. */
    hoursOnly: validation.hoursOnly,
    result,
    fields,
    /** What saving does to a verified effect's verification ("none" when nothing). */
    fallback,
    restored: restored !== null,
    phase,
    save: () => (validation.input ? save(state.mode, validation.input) : Promise.resolve(false)),
    resume,
  };
}

export type EntryFormApi = ReturnType<typeof useEntryForm>;
