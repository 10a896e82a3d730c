import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { effectId, isoDate, kronor, type Effect } from "../../src/domain/model/effect";
import { reviewMessages } from "../../src/domain/trust/reviewMessages.sv";
import { App } from "../../src/taskpane/App";
import { ReviewView } from "../../src/taskpane/review/ReviewView";
import { WorkbookError } from "../../src/workbook/port";
import { anEffect } from "../fixtures/effects";
import { fakePort, FAKE_TODAY, type FakePort } from "./support/fakePort";
import { pretendLaidOut } from "./support/laidOut";
import { renderWithWorkbook, TEST_USER } from "./support/render";

const nb = (text: string) => text.replace(/ /g, "\u00a0");

// Registered by Anna Andersson (anEffect), waiting for its forecast to be verified.
const printing = anEffect({ id: effectId("E-1") });
// Realised, changed last by Cecilia: its realisation waits.
const moving = anEffect({
  id: effectId("E-2"),
  caseName: "Flyttjänster",
  department: "Utbildningsförvaltningen",
  status: "Realiserad",
  realised: kronor(12_000_000),
  realisedDate: isoDate("2026-02-01"),
  lastModifiedBy: "Cecilia Carlsson",
  verifiedStage: "Kalkyl",
  verifiedBy: "Bo Berg",
  verifiedDate: isoDate("2026-01-20"),
  evidence: "KS 2025/123",
});
// Verified already: nothing waits.
const vehicles = anEffect({
  id: effectId("E-3"),
  caseName: "Standardiserade fordon",
  verifiedStage: "Kalkyl",
  verifiedBy: "Bo Berg",
  verifiedDate: isoDate("2026-01-20"),
  evidence: "Faktura 1",
});
// Changed by hand in the table.
const cleaning = anEffect({
  id: effectId("E-4"),
  caseName: "Städtjänster",
  editedOutside: true,
});

/** A workbook whose table keeps what the pane writes, so a reload reads it back. */
function workbookWith(effects: Effect[]): FakePort {
  let rows = effects;
  const workbook = fakePort({ readEffects: async () => ({ effects: rows, invalidRows: [] }) });
  const keep =
    <A extends unknown[]>(write: (...args: A) => Promise<Effect>) =>
    async (...args: A) => {
      const written = await write(...args);
      rows = rows.map((row) => (row.id === written.id ? written : row));
      return written;
    };
  workbook.verifyEffect.mockImplementation(keep(workbook.verifyEffect.getMockImplementation()!));
  workbook.acceptOutsideEdit.mockImplementation(
    keep(workbook.acceptOutsideEdit.getMockImplementation()!)
  );
  return workbook;
}

function renderReview(
  workbook = workbookWith([printing, moving, vehicles, cleaning]),
  name: string | null = TEST_USER
) {
  renderWithWorkbook(<ReviewView onNavigate={jest.fn()} />, { workbook, name });
  return workbook;
}

const waitingCards = async () =>
  within(await screen.findByRole("list", { name: "Effekter som väntar på verifiering" }))
    .getAllByRole("listitem")
    .map((card) => card.textContent ?? "");

async function openVerify(caseName: string) {
  await userEvent.click(await screen.findByRole("button", { name: `Verifiera ${caseName}` }));
  return screen.getByRole("textbox", { name: /Underlag/ });
}

describe("Granska", () => {
  pretendLaidOut();

  it("listar det som väntar med förvaltning, typ, läge, beloppet att kontrollera och vem", async () => {
    renderReview();
    const cards = await waitingCards();
    expect(cards).toHaveLength(2);
    expect(cards.join("\n")).not.toMatch(/Standardiserade fordon|Städtjänster/);
    const card = (caseName: string) => within(screen.getByText(caseName).closest("li")!);
    const print = card("Utskrift som tjänst");
    expect(print.getByText("Kommunstyrelseförvaltningen · Nytt avtal")).toBeTruthy();
    expect(print.getByText("Registrerad")).toBeTruthy();
    expect(print.getByText("Kalkylerad effekt 14 mkr")).toBeTruthy();
    expect(print.getByText("Registrerad av Anna Andersson")).toBeTruthy();
    const move = card("Flyttjänster");
    expect(move.getByText("Realiserad")).toBeTruthy();
    expect(move.getByText("Realiserad 12 mkr av kalkylerad 14 mkr")).toBeTruthy();
    expect(
      move.getByText("Registrerad av Anna Andersson, senast ändrad av Cecilia Carlsson")
    ).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("2 effekter väntar på verifiering.");
  });

  it("filtrerar på förvaltning", async () => {
    renderReview();
    await waitingCards();
    await userEvent.click(screen.getByRole("combobox", { name: "Förvaltning" }));
    await userEvent.click(screen.getByRole("option", { name: "Utbildningsförvaltningen" }));
    const cards = await waitingCards();
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain("Flyttjänster");
    expect(screen.getByRole("status").textContent).toBe("1 effekt väntar på verifiering.");
    // Städtjänster belongs to Kommunstyrelseförvaltningen: its section goes too.
    expect(screen.queryByRole("heading", { name: "Ändrade utanför tillägget" })).toBeNull();
  });

  it("säger före försöket varför man inte får verifiera sin egen registrering", async () => {
    const workbook = renderReview(undefined, "anna andersson");
    await openVerify("Utskrift som tjänst");
    expect(screen.getByText(reviewMessages.ownRegistration)).toBeTruthy();
    const verify = screen.getByRole("button", { name: "Verifiera" });
    expect(verify.getAttribute("aria-disabled")).toBe("true");
    expect(verify.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(verify.getAttribute("aria-describedby")!)?.textContent).toBe(
      reviewMessages.ownRegistration
    );
    await userEvent.click(verify);
    expect(workbook.verifyEffect).not.toHaveBeenCalled();
  });

  it("verifierar kalkylen med underlag, och effekten lämnar listan", async () => {
    const workbook = renderReview();
    const evidence = await openVerify("Utskrift som tjänst");
    expect(screen.getByRole("heading", { level: 2, name: "Du verifierar kalkylen" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Utskrift som tjänst" })).toBeTruthy();
    await userEvent.type(evidence, " Faktura 4711 ");
    await userEvent.click(screen.getByRole("button", { name: "Verifiera" }));

    expect(workbook.verifyEffect).toHaveBeenCalledWith(printing, {
      by: TEST_USER,
      evidence: "Faktura 4711",
    });
    expect(await screen.findByText("Kalkylen för Utskrift som tjänst är verifierad.")).toBeTruthy();
    // The later confirmation of its log lines follows, quietly, in the same notice.
    expect(screen.getByText("Kontrolleras strax i arbetsboken …").getAttribute("role")).toBe(
      "status"
    );
    expect(workbook.confirmSaved).not.toHaveBeenCalled();
    await waitFor(() => expect(workbook.readEffects).toHaveBeenCalledTimes(2));
    const cards = await waitingCards();
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain("Flyttjänster");
  });

  it("visar realiseringen mot kalkylen när realiseringen verifieras", async () => {
    renderReview();
    await openVerify("Flyttjänster");
    expect(
      screen.getByRole("heading", { level: 2, name: "Du verifierar realiseringen" })
    ).toBeTruthy();
    const fact = (label: string) =>
      screen.getByText(label, { selector: "dt" }).nextElementSibling?.textContent;
    expect(fact("Realiserad effekt")).toBe(nb("12 mkr"));
    expect(fact("Kalkylerad effekt")).toBe(nb("14 mkr"));
    expect(fact("Effektläckage")).toBe(nb("2 mkr"));
    expect(fact("Verifierad av")).toBe("Bo Berg");
  });

  it("kräver underlag och säger det vid fältet", async () => {
    const workbook = renderReview();
    const evidence = await openVerify("Utskrift som tjänst");
    await userEvent.type(evidence, "   ");
    await userEvent.click(screen.getByRole("button", { name: "Verifiera" }));
    expect(evidence.getAttribute("aria-invalid")).toBe("true");
    const message = screen.getByText(reviewMessages.evidenceMissing);
    expect(evidence.getAttribute("aria-describedby")).toContain(message.id);
    expect(workbook.verifyEffect).not.toHaveBeenCalled();
  });

  it("frågar efter namnet först, och vägrar om det är den som registrerade – underlaget finns kvar", async () => {
    const workbook = renderReview(undefined, null);
    const evidence = await openVerify("Utskrift som tjänst");
    expect(screen.queryByText(reviewMessages.ownRegistration)).toBeNull();
    await userEvent.type(evidence, "Faktura 4711");
    await userEvent.click(screen.getByRole("button", { name: "Verifiera" }));
    const asked = await screen.findByRole("dialog", { name: "Vem är du?" });
    await userEvent.type(
      within(asked).getByRole("textbox", { name: /Ditt namn/ }),
      "Anna Andersson{Enter}"
    );

    expect(await screen.findByText(reviewMessages.ownRegistration)).toBeTruthy();
    expect(workbook.verifyEffect).not.toHaveBeenCalled();
    // The page behind the dialog is given back to assistive technology once it has closed.
    expect(await screen.findByRole("textbox", { name: /Underlag/ })).toHaveProperty(
      "value",
      "Faktura 4711"
    );
  });

  it("visar arbetsbokens vägran och behåller underlaget; Läs in igen läser raden på nytt", async () => {
    const workbook = renderReview();
    workbook.verifyEffect.mockRejectedValueOnce(
      new WorkbookError("refused", reviewMessages.ownChange)
    );
    const evidence = await openVerify("Utskrift som tjänst");
    await userEvent.type(evidence, "Faktura 4711");
    await userEvent.click(screen.getByRole("button", { name: "Verifiera" }));

    expect(await screen.findByText(reviewMessages.ownChange)).toBeTruthy();
    expect(evidence).toHaveProperty("value", "Faktura 4711");
    await userEvent.click(screen.getByRole("button", { name: "Läs in igen" }));
    await waitFor(() => expect(workbook.readEffects).toHaveBeenCalledTimes(2));
    expect(screen.queryByText(reviewMessages.ownChange)).toBeNull();
    expect(screen.getByRole("textbox", { name: /Underlag/ })).toHaveProperty(
      "value",
      "Faktura 4711"
    );
  });

  it("en kollegas ändring ger Läs in igen, och verifieringen görs sedan mot den nya raden", async () => {
    const workbook = renderReview();
    workbook.verifyEffect.mockRejectedValueOnce(
      new WorkbookError("staleEdit", "Registreringen E-1 har ändrats av någon annan.")
    );
    await userEvent.type(await openVerify("Utskrift som tjänst"), "Faktura 4711");
    await userEvent.click(screen.getByRole("button", { name: "Verifiera" }));
    expect(await screen.findByText("Registreringen E-1 har ändrats av någon annan.")).toBeTruthy();

    const fresh = { ...printing, comment: "Ändrad", lastModified: 46100.5 };
    workbook.readEffects.mockResolvedValue({ effects: [fresh], invalidRows: [] });
    await userEvent.click(screen.getByRole("button", { name: "Läs in igen" }));
    await waitFor(() => expect(workbook.readEffects).toHaveBeenCalledTimes(2));
    await userEvent.click(screen.getByRole("button", { name: "Verifiera" }));
    expect(workbook.verifyEffect).toHaveBeenLastCalledWith(fresh, {
      by: TEST_USER,
      evidence: "Faktura 4711",
    });
  });

  it("godkänner en ändring gjord utanför tillägget; effekten väntar sedan på en annan persons verifiering", async () => {
    const workbook = renderReview();
    const section = await screen.findByRole("region", { name: "Ändrade utanför tillägget" });
    expect(within(section).getByText(/behöver verifieras igen/)).toBeTruthy();
    expect(within(section).getByText("Ändrad utanför tillägget")).toBeTruthy();

    await userEvent.click(
      within(section).getByRole("button", { name: "Godkänn ändringen av Städtjänster" })
    );

    expect(workbook.acceptOutsideEdit).toHaveBeenCalledWith(cleaning, { by: TEST_USER });
    expect(
      await screen.findByText(
        "Ändringen av Städtjänster är godkänd. Effekten behöver nu verifieras igen."
      )
    ).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Ändrade utanför tillägget" })).toBeNull();
    expect((await waitingCards()).some((card) => card.includes("Städtjänster"))).toBe(true);

    // The person who accepted it changed it last, so someone else must verify it.
    await openVerify("Städtjänster");
    expect(screen.getByText(reviewMessages.ownChange)).toBeTruthy();
  });

  it("nås från Start, som visar hur många som väntar", async () => {
    renderWithWorkbook(<App />, { workbook: workbookWith([printing, moving, vehicles]) });
    await userEvent.click(await screen.findByRole("button", { name: "Granska (2 väntar)" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Granska" })).toBe(
      document.activeElement
    );
  });

  it("säger när inget väntar", async () => {
    renderReview(workbookWith([vehicles]));
    expect(await screen.findByText("Inget väntar på verifiering.")).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
  });
});

it("fakens verifiering följer domänens datum och regler", async () => {
  const workbook = fakePort();
  await expect(
    workbook.verifyEffect(printing, { by: TEST_USER, evidence: "X" })
  ).resolves.toMatchObject({ verifiedDate: FAKE_TODAY, verifiedBy: TEST_USER });
});
