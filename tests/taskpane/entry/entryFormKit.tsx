/**
 * The entry form under test: rendered as the pane renders it, on a fake port whose
 * appendEffects registers what it gets, with an in-memory draft storage.
 */
import { useState } from "react";
import userEvent from "@testing-library/user-event";
import { screen } from "@testing-library/react";
import { effectId, isoDate, type Effect, type EffectInput } from "../../../src/domain/model/effect";
import type { EffectLists } from "../../../src/domain/model/lists";
import { UNVERIFIED } from "../../../src/domain/trust/review";
import { EntryForm, type EntryFormProps } from "../../../src/taskpane/entry/EntryForm";
import type { DraftStorage } from "../../../src/taskpane/entry/useDraftStorage";
import { someLists } from "../../fixtures/effects";
import { fakePort, type FakePort } from "../support/fakePort";
import { renderWithWorkbook } from "../support/render";

// Fluent renders the whole form on each key in jsdom, which is slow on a busy machine: the
// suites that use this kit get more time than jest's 5 s default.
jest.setTimeout(30_000);

export function memoryStorage(initial: Record<string, string> = {}): DraftStorage & {
  data: Map<string, string>;
} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

export const registered = (input: EffectInput, n = 1, by = ""): Effect => ({
  ...input,
  id: effectId(`E-2026-${String(n).padStart(4, "0")}`),
  registered: isoDate("2026-03-01"),
  registeredBy: by,
  lastModified: null,
  lastModifiedBy: by,
  ...UNVERIFIED,
  checksum: "",
  editedOutside: false,
});

export function aWorkbook(): FakePort {
  return fakePort({
    appendEffects: async (inputs, { registeredBy }) =>
      inputs.map((input, i) => registered(input, i + 1, registeredBy)),
  });
}

export interface RenderEntryOptions extends Partial<EntryFormProps> {
  workbook?: FakePort;
  /** "Ditt namn" as saved before; null when none is yet. @default TEST_USER */
  name?: string | null;
}

/** Holds the lists as the pane does, so that a value added from the form is in them after. */
function WithLists(props: EntryFormProps) {
  const [lists, setLists] = useState<EffectLists>(props.lists);
  const changed = (next: EffectLists) => {
    setLists(next);
    props.onListsChanged(next);
  };
  return <EntryForm {...props} lists={lists} onListsChanged={changed} />;
}

export function renderEntryForm(options: RenderEntryOptions = {}) {
  const { workbook = aWorkbook(), name, ...overrides } = options;
  const storage = options.storage === undefined ? memoryStorage() : options.storage;
  const props: EntryFormProps = {
    mode: { kind: "new" },
    lists: someLists(),
    onListsChanged: jest.fn(),
    onSaved: jest.fn(),
    ...overrides,
    storage,
  };
  // No pause between keys: the form's behaviour does not depend on typing speed.
  const user = userEvent.setup({ delay: null });
  const view = renderWithWorkbook(<WithLists {...props} />, { workbook, name });
  const rerenderForm = () => view.rerender(<WithLists {...props} />);
  return { ...view, user, workbook, storage, props, rerenderForm };
}

/** A field by its visible label (the required asterisk aside). */
export const field = (label: string) =>
  screen.getByRole("textbox", { name: new RegExp(`^${label}\\b`) });
export const queryField = (label: string) =>
  screen.queryByRole("textbox", { name: new RegExp(`^${label}\\b`) });
export const combo = (label: string) =>
  screen.getByRole("combobox", { name: new RegExp(`^${label}`) });
export const saveButton = () => screen.getByRole("button", { name: /^Spara/ });
/** The text of the live status under the save button. */
export const saveStatus = () =>
  document.getElementById(saveButton().getAttribute("aria-describedby") ?? "")?.textContent;
/** The messages Fluent's Field shows as alerts, in the form's order. */
export const alerts = () => screen.queryAllByRole("alert").map((alert) => alert.textContent);

type User = ReturnType<typeof userEvent.setup>;

/** Puts text into a field as one input, like a paste: for long texts that are not under test. */
export async function enter(user: User, element: HTMLElement, text: string): Promise<void> {
  await user.click(element);
  await user.paste(text);
}

/** The talk's "Utskrift som tjänst": 5 mkr → 3 mkr a year over 7 years. */
export async function fillPrinting(user: User): Promise<void> {
  await enter(user, field("Ärende"), "Utskrift som tjänst");
  await enter(user, combo("Förvaltning"), "Kommunstyrelseförvaltningen");
  await user.type(combo("Kategori"), "IT");
  await user.click(screen.getByRole("radio", { name: "Nytt avtal" }));
  await user.selectOptions(combo("Anledning till effektivisering"), "Ramavtal/kontrakt");
  await user.type(field("Tidigare årlig kostnad"), "5 mkr");
  await user.type(field("Ny årlig kostnad"), "3 mkr");
  await user.type(field("Avtalstid"), "7");
  await enter(user, field("Startdatum"), "2026-01-01");
}
