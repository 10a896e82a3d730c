/**
 * "Öppna arbetsbok…" in the preview: the template opens; a file that is not a workbook gives a
 * clear message with its name, and nothing crashes. (Storing and reloading happen in the page:
 * startPreview.tsx, in Chromium.)
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { TextEncoder } from "node:util";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { loadWorkbookFromXlsx } from "../../src/preview/fakeExcel/xlsx";
import { WorkbookFileActions } from "../../src/preview/view/WorkbookFileActions";
import { TEMPLATE_PATH } from "../../src/workbook/structure/template";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder });
jest.setTimeout(30_000);

function renderActions() {
  const opened: string[][] = [];
  const onOpen = async (bytes: Uint8Array) => {
    const workbook = await loadWorkbookFromXlsx(bytes);
    opened.push(workbook.sheets.map((sheet) => sheet.name));
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookFileActions onOpen={onOpen} onRestart={() => Promise.resolve()} />
    </FluentProvider>
  );
  return opened;
}

describe("Öppna arbetsbok…", () => {
  it("öppnar mallen", async () => {
    const user = userEvent.setup({ applyAccept: false });
    const opened = renderActions();
    const template = await readFile(join(__dirname, "..", "..", TEMPLATE_PATH));
    await user.upload(
      screen.getByLabelText("Arbetsbok att öppna"),
      new File([new Uint8Array(template)], "Min kopia.xlsx")
    );
    await waitFor(() => expect(opened.length + screen.queryAllByRole("alert").length).toBe(1), {
      timeout: 20_000,
    });
    expect(screen.queryByRole("alert")?.textContent ?? null).toBeNull();
    expect(opened).toEqual([["Kategori", "Registrering", "Logg", "Realisering"]]);
  });

  it("säger vilken fil som inte gick att läsa, och varför, utan att krascha", async () => {
    const user = userEvent.setup({ applyAccept: false });
    const opened = renderActions();
    await user.upload(
      screen.getByLabelText("Arbetsbok att öppna"),
      new File(["Ärende;Belopp\nFlytt;175000"], "export.csv")
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/^export\.csv kunde inte öppnas som en Excel-arbetsbok/);
    expect(opened).toEqual([]);
    expect(screen.getByRole("button", { name: "Öppna arbetsbok…" })).toHaveProperty(
      "disabled",
      false
    );
  });
});
