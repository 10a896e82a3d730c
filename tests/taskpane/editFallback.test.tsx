/**
 * Editing a verified effect through Registreringar, with the real entry form: the pane says
 * before saving what the edit does to the verification, and the save is stamped with the
 * person's name.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { effectId, isoDate, kronor, type Effect } from "../../src/domain/model/effect";
import { entryStrings } from "../../src/taskpane/entry/strings.sv";
import { RegistrationsView } from "../../src/taskpane/registrations/RegistrationsView";
import { anEffect } from "../fixtures/effects";
import { fakePort } from "./support/fakePort";
import { renderWithWorkbook, TEST_USER } from "./support/render";

const verified = anEffect({
  id: effectId("E-1"),
  verifiedStage: "Kalkyl",
  verifiedBy: "Cecilia Carlsson",
  verifiedDate: isoDate("2026-02-01"),
  evidence: "Faktura 4711",
});
const realisationVerified: Effect = {
  ...verified,
  status: "Realiserad",
  realised: kronor(12_000_000),
  realisedDate: isoDate("2026-12-31"),
  verifiedStage: "Realisering",
};

async function edit(effect: Effect) {
  const workbook = fakePort({ readEffects: async () => ({ effects: [effect], invalidRows: [] }) });
  renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} />, { workbook });
  await userEvent.click(await screen.findByRole("button", { name: /Utskrift som tjänst/ }));
  await userEvent.click(screen.getByRole("button", { name: "Redigera" }));
  return workbook;
}

async function retype(label: RegExp, text: string) {
  const field = await screen.findByRole("textbox", { name: label });
  await userEvent.clear(field);
  await userEvent.type(field, text);
}

describe("Redigera en verifierad effekt", () => {
  const unverified = entryStrings.fallsBack.unverified("Cecilia Carlsson");

  it("säger innan man sparar att effekten blir overifierad, och sparar som personen", async () => {
    const workbook = await edit(verified);
    expect(screen.queryByText(unverified)).toBeNull();

    await retype(/^Ny årlig kostnad/, "2 500 000");
    expect(screen.getByText(unverified)).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: /^Spara/ }));
    await waitFor(() => expect(workbook.updateEffect).toHaveBeenCalled());
    expect(workbook.updateEffect.mock.calls[0]?.[2]).toEqual({ by: TEST_USER });
    await expect(workbook.updateEffect.mock.results[0]?.value).resolves.toMatchObject({
      verifiedStage: null,
      verifiedBy: "",
      lastModifiedBy: TEST_USER,
    });
  });

  it("säger att bara realiseringen behöver verifieras igen när bara den ändras", async () => {
    await edit(realisationVerified);
    await retype(/^Realiserad effekt/, "11 000 000");
    expect(screen.getByText(entryStrings.fallsBack.toForecast("Cecilia Carlsson"))).toBeTruthy();
    expect(screen.queryByText(unverified)).toBeNull();
  });

  it("varnar inte när bara kommentaren ändras", async () => {
    await edit(verified);
    await retype(/^Kommentar/, "Ny kommentar");
    await screen.findByDisplayValue("Ny kommentar");
    expect(screen.queryByText(unverified)).toBeNull();
  });
});
