import { screen } from "@testing-library/react";
import { alerts, field, fillPrinting, renderEntryForm } from "./entryFormKit";

describe("det levande resultatet", () => {
  it("räknar 2 mkr om året och 14 mkr över avtalstiden", async () => {
    const { user } = renderEntryForm();
    await fillPrinting(user);
    const result = screen.getByRole("region", { name: "Resultat" });
    expect(result.textContent).toContain("Årlig effekt2\u00a0mkr2\u00a0000\u00a0000\u00a0kr");
    expect(result.textContent).toContain("Kalkylerad effekt över avtalstiden14\u00a0mkr");
    expect(result.textContent).toContain("2026: 2\u00a0mkr");
    expect(result.textContent).toContain("2032: 2\u00a0mkr");
  });

  it("visar sparade timmar för sig, inte i kronor", async () => {
    const { user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: "Annat" }));
    await user.click(screen.getByRole("button", { name: "Mer uppgifter" }));
    await user.type(field("Sparade timmar"), "8000");
    const result = screen.getByRole("region", { name: "Resultat" });
    expect(result.textContent).toContain("Sparade timmar8\u00a0000\u00a0timmar");
    expect(result.textContent).not.toMatch(/8\u00a0000\u00a0kr/);
  });

  it("ber om bekräftelse av en kostnadsökning", async () => {
    const { user } = renderEntryForm();
    await fillPrinting(user);
    await user.clear(field("Ny årlig kostnad"));
    await user.type(field("Ny årlig kostnad"), "6 mkr");
    await user.tab();
    expect(alerts()).toEqual([expect.stringMatching(/kostnadsökning/)]);
    await user.click(screen.getByRole("checkbox", { name: "Ja, det är en kostnadsökning" }));
    expect(alerts()).toEqual([]);
  });
});
