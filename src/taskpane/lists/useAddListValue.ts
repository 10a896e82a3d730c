/**
 * Adding a value to Kategori or Förvaltning: blank and duplicates (by the domain's matching,
 * case and spacing ignored) are refused before the workbook is asked; the typed text stays
 * until the value is in the list.
 */
import { useState } from "react";
import { LIST_HEADERS, matchListValue, type EffectLists } from "../../domain/model/lists";
import { useWorkbookAction } from "../shared/useWorkbookAction";
import { listsStrings as t } from "../strings.sv";

export type EditableList = "categories" | "departments";

export function useAddListValue(
  list: EditableList,
  lists: EffectLists,
  onAdded: (lists: EffectLists) => void
) {
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  /** The value last added, as typed (its later confirmation follows), and what the pane says. */
  const [added, setAdded] = useState<{ value: string; message: string } | null>(null);
  const action = useWorkbookAction(
    (workbook, value: string) => workbook.addListValue(list, value),
    (next, [value]) => {
      onAdded(next);
      setText("");
      setAdded({ value, message: t.added(value, LIST_HEADERS[list]) });
    }
  );

  const add = async () => {
    const value = text.trim();
    const existing = matchListValue(lists[list], value);
    setAdded(null);
    if (value === "") return setProblem(t.blank);
    if (existing !== null) return setProblem(t.duplicate(existing, LIST_HEADERS[list]));
    setProblem(null);
    await action.run(value);
  };

  const change = (value: string) => {
    setText(value);
    setProblem(null);
  };
  return {
    text,
    change,
    problem,
    added,
    adding: action.busy,
    error: action.error,
    retry: action.retry,
    add,
  };
}
