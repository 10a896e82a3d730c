/**
 * Adding a value to Kategori or Förvaltning: blank and duplicates (by the domain's matching,
 * case and spacing ignored) are refused before the workbook is asked; the typed text stays
 * until the value is in the list.
 */
import { useState } from "react";
import { LIST_HEADERS, matchListValue, type EffectLists } from "../../domain/model/lists";
import { asWorkbookError, type WorkbookError } from "../../workbook/port";
import { listsStrings as t } from "../strings.sv";
import { useWorkbook } from "../workbookContext";

export type EditableList = "categories" | "departments";

export function useAddListValue(
  list: EditableList,
  lists: EffectLists,
  onAdded: (lists: EffectLists) => void
) {
  const workbook = useWorkbook();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  /** The value last added, as typed (its later confirmation follows), and what the pane says. */
  const [added, setAdded] = useState<{ value: string; message: string } | null>(null);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<WorkbookError | null>(null);

  const add = async () => {
    const value = text.trim();
    const existing = matchListValue(lists[list], value);
    setAdded(null);
    if (value === "") return setProblem(t.blank);
    if (existing !== null) return setProblem(t.duplicate(existing, LIST_HEADERS[list]));
    setProblem(null);
    setError(null);
    setAdding(true);
    try {
      onAdded(await workbook.addListValue(list, value));
      setText("");
      setAdded({ value, message: t.added(value, LIST_HEADERS[list]) });
    } catch (caught) {
      setError(asWorkbookError(caught));
    } finally {
      setAdding(false);
    }
  };

  const change = (value: string) => {
    setText(value);
    setProblem(null);
  };
  return { text, change, problem, added, adding, error, add };
}
