import { Caption1 } from "@fluentui/react-components";
import type { Effect } from "../../domain/model/effect";
import type { ListName } from "../../domain/model/lists";
import type { ListValueConfirmation, SaveKind, SavedConfirmation } from "../../workbook/port";
import { confirmationStrings as t } from "../strings.sv";
import { useWorkbook } from "../workbookContext";
import { confirmPeriods, type PeriodsConfirmation, type SavedPeriods } from "./confirmPeriods";
import { useLaterConfirmation, type LaterConfirmation } from "./useLaterConfirmation";

/** One quiet line, announced politely: the save stands, this only says it was seen again. */
export function ConfirmationLine({ text }: { text: string }) {
  return (
    <Caption1 as="p" role="status">
      {text}
    </Caption1>
  );
}

/** The line's text: waiting, failed (with why), or what `found` makes of the confirmation. */
export function textOf<T>(state: LaterConfirmation<T>, found: (found: T) => string): string {
  if (state.kind === "waiting") return t.waiting;
  if (state.kind === "failed") return t.failed(state.message);
  return found(state.found);
}

export interface SavedConfirmationNoteProps {
  /** What the save returned. */
  effects: readonly Effect[];
  /** @default "registration" */
  kind?: SaveKind;
}

/** The later confirmation of a registration, an edit, a verification or an accepted row. */
export function SavedConfirmationNote({
  effects,
  kind = "registration",
}: SavedConfirmationNoteProps) {
  const workbook = useWorkbook();
  const state = useLaterConfirmation(() => workbook.confirmSaved(effects, kind), effects);
  const found = ({ rewritten, relogged, duplicates }: SavedConfirmation) => {
    if (duplicates.length > 0) return t.duplicates(duplicates);
    if (rewritten.length > 0) return t.rewritten;
    return relogged.length > 0 ? t.relogged : t.confirmed;
  };
  return <ConfirmationLine text={textOf(state, found)} />;
}

export interface ListValueConfirmationNoteProps {
  list: ListName;
  value: string;
}

/** The later confirmation of a value added to one of the Kategori sheet's lists. */
export function ListValueConfirmationNote({ list, value }: ListValueConfirmationNoteProps) {
  const workbook = useWorkbook();
  const state = useLaterConfirmation(() => workbook.confirmListValue(list, value), value);
  const found = ({ rewritten, duplicate }: ListValueConfirmation) => {
    if (duplicate) return t.listDuplicate(value);
    return rewritten ? t.listRewritten(value) : t.confirmed;
  };
  return <ConfirmationLine text={textOf(state, found)} />;
}

/** The later confirmation of Realisera or Godkänn: the periods, their log lines, the row's sum. */
export function PeriodsConfirmationNote({ saved }: { saved: SavedPeriods }) {
  const workbook = useWorkbook();
  const state = useLaterConfirmation(() => confirmPeriods(workbook, saved), saved);
  const found = ({ rewritten, duplicates }: PeriodsConfirmation) => {
    if (duplicates.length > 0) return t.duplicates(duplicates);
    return rewritten ? t.periodsRewritten : t.confirmed;
  };
  return <ConfirmationLine text={textOf(state, found)} />;
}
