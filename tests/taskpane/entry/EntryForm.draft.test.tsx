import { screen, waitFor } from "@testing-library/react";
import { DRAFT_KEY, type DraftStorage } from "../../../src/taskpane/entry/useDraftStorage";
import { anEffect } from "../../fixtures/effects";
import { combo, field, memoryStorage, renderEntryForm, saveButton } from "./entryFormKit";

const value = (element: HTMLElement) => (element as HTMLInputElement).value;

describe("utkastet finns kvar när panelen stängs och öppnas igen", () => {
  it("återställer det som skrivits efter att formuläret tagits bort och visats igen", async () => {
    const storage = memoryStorage();
    const first = renderEntryForm({ storage });
    await first.user.type(field("Ärende"), "Flyttjänster");
    await first.user.click(screen.getByRole("radio", { name: "Engångsbelopp/vite" }));
    await first.user.type(field("Belopp"), "175 000");
    first.unmount();

    const second = renderEntryForm({ storage });
    expect(value(field("Ärende"))).toBe("Flyttjänster");
    expect(value(field("Belopp"))).toBe("175 000");
    expect(screen.getByText("Ditt utkast från förra gången är återställt.")).toBeTruthy();
    await second.user.click(screen.getByRole("button", { name: "Töm formuläret" }));
    expect(value(field("Ärende"))).toBe("");
    await waitFor(() => expect(storage.getItem(DRAFT_KEY)).toBeNull());
  });

  it("läser ett utkast som sparades innan formuläret frågade efter baslinje", () => {
    const before = {
      version: 1,
      values: { caseName: "Utskrift", type: "Nytt avtal", basis: "Årlig", status: "Kalkylerad" },
      touched: { type: true },
      calculation: "costs",
      costIncreaseConfirmed: false,
      chosen: {},
    };
    renderEntryForm({ storage: memoryStorage({ [DRAFT_KEY]: JSON.stringify(before) }) });
    expect(value(field("Ärende"))).toBe("Utskrift");
    expect(screen.getByRole("radio", { name: "Tidigare avtalspris" })).toHaveProperty(
      "checked",
      true
    );
  });

  it("sparar utkastet en kort stund efter att man slutat skriva", async () => {
    const { user, storage } = renderEntryForm();
    await user.type(combo("Förvaltning"), "Kommunstyrelseförvaltningen");
    await waitFor(() =>
      expect(JSON.parse(storage?.getItem(DRAFT_KEY) ?? "{}").values?.department).toBe(
        "Kommunstyrelseförvaltningen"
      )
    );
  });

  it("fungerar utan lagring, t.ex. i privat läge", async () => {
    const refusing: DraftStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    const { user, unmount } = renderEntryForm({ storage: refusing });
    await user.type(field("Ärende"), "X");
    expect(value(field("Ärende"))).toBe("X");
    expect(() => unmount()).not.toThrow();
  });

  it("rör inte utkastet till en ny registrering när en befintlig redigeras", async () => {
    const storage = memoryStorage({ [DRAFT_KEY]: "sparat utkast" });
    const { user, unmount } = renderEntryForm({
      storage,
      mode: { kind: "edit", effect: anEffect() },
    });
    await user.type(field("Ärende"), " 2");
    expect(saveButton().textContent).toBe("Spara ändringar");
    unmount();
    expect(storage.getItem(DRAFT_KEY)).toBe("sparat utkast");
  });
});
