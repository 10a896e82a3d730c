/**
 * Text from the workbook that looks like HTML is shown as the characters it is: a co-author
 * (or a row typed by hand) can put anything in a cell, and the pane must never run or render
 * it. The source-wide check that nothing parses strings as HTML is in csp.test.ts.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { effectId } from "../../src/domain/model/effect";
import { RegistrationsView } from "../../src/taskpane/registrations/RegistrationsView";
import { evidenceUrl } from "../../src/taskpane/shared/EvidenceText";
import { anEffect } from "../fixtures/effects";
import { fakePort } from "../taskpane/support/fakePort";
import { renderWithWorkbook } from "../taskpane/support/render";

const CASE_NAME = '<img src=x onerror="document.title=1">Skrivare';
const SUPPLIER = "<b>Fet</b> & Co";
const COMMENT = '<script>document.title="2"</script><a href="javascript:alert(1)">klicka</a>';

it("visar ärende, leverantör och kommentar som text, inte som HTML", async () => {
  const effect = anEffect({
    id: effectId("E-1"),
    caseName: CASE_NAME,
    supplier: SUPPLIER,
    comment: COMMENT,
  });
  const workbook = fakePort({ readEffects: async () => ({ effects: [effect], invalidRows: [] }) });
  const { container } = renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} />, {
    workbook,
  });

  await userEvent.click(await screen.findByRole("button", { name: /Skrivare/ }));

  expect(screen.getByRole("heading", { level: 1, name: CASE_NAME })).toBeTruthy();
  expect(screen.getByText(SUPPLIER)).toBeTruthy();
  expect(screen.getByText(COMMENT)).toBeTruthy();
  expect(container.querySelectorAll("img, b, script, a[href^='javascript']")).toHaveLength(0);
  expect(document.title).toBe("");
});

it("visar underlag och historik som text, och länkar bara http(s)-adresser", async () => {
  const effect = anEffect({
    id: effectId("E-1"),
    verifiedStage: "Kalkyl",
    verifiedBy: '<img src=x onerror="document.title=3">',
    evidence: 'javascript:document.title="4"',
  });
  const history = {
    time: 46082.5,
    by: "<b>Någon</b>",
    id: effect.id,
    caseName: effect.caseName,
    field: "Underlag",
    before: "",
    after: '<a href="javascript:alert(1)">klicka</a>',
    change: "C-1",
  };
  const workbook = fakePort({
    readEffects: async () => ({ effects: [effect], invalidRows: [] }),
    readHistory: async () => [history],
  });
  const { container } = renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} />, {
    workbook,
  });
  await userEvent.click(await screen.findByRole("button", { name: /Utskrift som tjänst/ }));
  await userEvent.click(screen.getByRole("button", { name: "Visa historik" }));

  expect(screen.getByText(effect.evidence)).toBeTruthy();
  expect(screen.getByText(effect.verifiedBy)).toBeTruthy();
  expect(await screen.findByText(history.after)).toBeTruthy();
  expect(screen.getByText(/<b>Någon<\/b>/)).toBeTruthy();
  expect(container.querySelectorAll("a, img, b")).toHaveLength(0);
  expect(document.title).toBe("");
});

it.each([
  ["https://kommun.sharepoint.com/sites/ekonomi/avtal.pdf", true],
  ["http://intranat/arende/4711", true],
  ["javascript:alert(1)", false],
  ["data:text/html,<script>alert(1)</script>", false],
  ["Faktura 4711 https://x.se", false],
  ["KS 2025/123", false],
])("underlaget %j blir en länk: %s", (evidence, linked) => {
  expect(evidenceUrl(evidence) !== null).toBe(linked);
});
