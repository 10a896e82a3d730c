import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Effect } from "../../domain/model/effect";
import { MORE_FIELDS, type EntryField } from "../../domain/entryForm/entryForm";
import type { EffectLists } from "../../domain/model/lists";
import { AmountFields } from "./AmountFields";
import { BaselineFields } from "./BaselineFields";
import { CaseFields } from "./CaseFields";
import { useEntryFormStyles } from "./EntryForm.styles";
import { labelOf } from "./fieldState";
import { firstInvalid, focusWhenPresent } from "./focus";
import { KindFields } from "./KindFields";
import { MoreFields } from "./more/MoreFields";
import { Notice } from "../shared/Notice";
import { RestoredNote } from "./RestoredNote";
import { ResultPanel } from "./ResultPanel";
import { SaveBar } from "./SaveBar";
import { SavedMessage } from "./SavedMessage";
import { entryStrings as t } from "./strings.sv";
import { browserStorage, type DraftStorage } from "./useDraftStorage";
import { useEntryForm } from "./useEntryForm";
import type { EntryTarget } from "./useSaveEntry";

export interface EntryFormProps {
  /** A new registration, an effect to edit, or a row typed by hand to fix. */
  mode: EntryTarget;
  /** The workbook's lists (Kategori sheet): the choices of Förvaltning, Kategori, Typ, Anledning. */
  lists: EffectLists;
  /** A value was added to a list from the form; the lists as the workbook now holds them. */
  onListsChanged(lists: EffectLists): void;
  /** Called after a successful save with the effects as the workbook registered them. */
  onSaved(effects: Effect[]): void;
  /** Shows "Avbryt" when given. @default undefined (no cancel button) */
  onCancel?(): void;
  /**
   * Where a new registration's draft is kept between openings of the pane; null keeps none.
   * @default window.localStorage
   */
  storage?: DraftStorage | null;
}

/** "Ny registrering": one effect in under a minute, validated by the domain as it is typed. */
export function EntryForm(props: EntryFormProps) {
  const { lists, onListsChanged, onCancel } = props;
  const styles = useEntryFormStyles();
  const [storage] = useState(() =>
    props.storage === undefined ? browserStorage() : props.storage
  );
  const form = useEntryForm({ target: props.mode, lists, onSaved: props.onSaved, storage });
  const { state, dispatch } = form;
  const formRef = useRef<HTMLFormElement>(null);
  const [focus, setFocus] = useState<{ field: EntryField | "invalid"; request: number } | null>(
    null
  );
  const [restoredNote, setRestoredNote] = useState(form.restored);
  const inMore = (field: EntryField | "row") => field !== "row" && MORE_FIELDS.includes(field);
  // Open when it holds something: an effect to edit with a supplier, a row to fix there.
  const [moreOpen, setMoreOpen] = useState(
    () =>
      MORE_FIELDS.some(
        (field) => field !== "budgetAffecting" && state.values[field].trim() !== ""
      ) ||
      (state.submitted && form.placed.some((issue) => inMore(issue.at)))
  );

  useEffect(() => {
    const element = formRef.current;
    if (focus === null || element === null) return;
    return focusWhenPresent(() =>
      focus.field === "invalid"
        ? firstInvalid(element)
        : element.querySelector<HTMLElement>(`[name="${focus.field}"]`)
    );
  }, [focus]);
  const focusOn = (field: EntryField | "invalid") =>
    setFocus((last) => ({ field, request: (last?.request ?? 0) + 1 }));

  const trySave = () => {
    dispatch({ type: "submitted" });
    if (form.input) return void form.save();
    if (form.placed.some((issue) => inMore(issue.at))) setMoreOpen(true);
    focusOn("invalid");
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.phase.kind !== "saving") trySave();
  };
  const startOver = (action: "sameCaseNext" | "reset") => {
    dispatch({ type: action });
    form.resume();
    setMoreOpen(false);
    setRestoredNote(false);
    focusOn(action === "sameCaseNext" ? "type" : "caseName");
  };

  if (form.phase.kind === "saved") {
    return (
      <SavedMessage
        effects={form.phase.effects}
        kind={form.phase.as}
        onSameCaseNext={() => startOver("sameCaseNext")}
        onNewEntry={() => startOver("reset")}
      />
    );
  }
  const toFix = [...new Set(form.placed.flatMap((i) => (i.at === "row" ? [] : [i.at])))];
  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={t.formLabel[state.mode]}
      noValidate
      onSubmit={submit}
    >
      {restoredNote && <RestoredNote onClear={() => startOver("reset")} />}
      <CaseFields form={form} lists={lists} onListsChanged={onListsChanged} />
      <KindFields form={form} lists={lists} />
      <AmountFields form={form} />
      <BaselineFields form={form} />
      <MoreFields form={form} open={moreOpen} onOpenChange={setMoreOpen} />
      <ResultPanel result={form.result} />
      {form.fallback !== "none" && props.mode.kind === "edit" && (
        <Notice intent="warning">{t.fallsBack[form.fallback](props.mode.effect.verifiedBy)}</Notice>
      )}
      <SaveBar
        mode={state.mode}
        phase={form.phase}
        ready={form.input !== null}
        toFix={toFix.map((field) => labelOf(form, field))}
        onRetry={trySave}
        onCancel={onCancel}
      />
    </form>
  );
}
