/**
 * Stands in for the entry form (another feature, tested in tests/taskpane/entry) so that these
 * tests see what the shell hands it. Like the real form it saves through the port it is given,
 * as the person `askName()` names (nothing is saved when they cancel), and reports errors itself. Use with:
 *   jest.mock("../../src/taskpane/entry/EntryForm", () =>
 *     jest.requireActual("./support/entryFormStub"));
 */
import { useState } from "react";
import type { Effect } from "../../../src/domain/model/effect";
import type { EntryFormProps } from "../../../src/taskpane/entry/EntryForm";
import { inputOf } from "../../../src/taskpane/registrations/realise";
import { useIdentity } from "../../../src/taskpane/shared/identity";
import { useWorkbook } from "../../../src/taskpane/workbookContext";

export const entryFormCalls: EntryFormProps[] = [];

export function EntryForm(props: EntryFormProps) {
  entryFormCalls.push(props);
  const { mode } = props;
  const workbook = useWorkbook();
  const identity = useIdentity();
  const [error, setError] = useState<string | null>(null);
  const what =
    mode.kind === "edit" ? mode.effect.id : mode.kind === "fix" ? `rad ${mode.row.sheetRow}` : "";
  const save = async () => {
    const by = await identity.askName();
    if (by === null) return;
    try {
      let saved: Effect[];
      if (mode.kind === "edit") {
        saved = [await workbook.updateEffect(mode.effect, inputOf(mode.effect), { by })];
      } else if (mode.kind === "fix") {
        saved = [await workbook.fixInvalidRow(mode.row, {} as never, { by })];
      } else saved = await workbook.appendEffects([], { registeredBy: by });
      props.onSaved(saved);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return (
    <section aria-label="Registreringsformulär">
      <p>{`Formulär: ${mode.kind} ${what}`.trim()}</p>
      {error && <p>{error}</p>}
      <button type="button" onClick={() => void save()}>
        Spara formuläret
      </button>
      <button type="button" onClick={props.onCancel}>
        Avbryt formuläret
      </button>
    </section>
  );
}
