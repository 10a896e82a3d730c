/**
 * Text from the workbook that looks like HTML is shown as the characters it is: a co-author
 * (or a row typed by hand) can put anything in a cell, and the pane must never run or render
 * it. The source-wide check that nothing parses strings as HTML is in csp.test.ts.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { effectId } from "../../src/domain/effect";
import { RegistrationsView } from "../../src/taskpane/registrations/RegistrationsView";
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
