import { describe, expect, it } from "@jest/globals";
import { TABLE_COLUMNS } from "../../../src/domain/model/tableSchema";
import { misspeltColumns } from "../../../src/workbook/structure/tableColumns";

const HEADERS: string[] = TABLE_COLUMNS.map((c) => c.header);
const replaced = (right: string, ...typed: string[]) => [
  ...HEADERS.filter((h) => h !== right),
  ...typed,
];

describe("misspeltColumns", () => {
  it.each([
    ["utan å, ä och ö", "Förvaltning", "Forvaltning"],
    [
      "med bindestreck i stället för mellanslag",
      "Typ av effektivisering",
      "Typ-av-effektivisering",
    ],
    ["utan parentes", "Kalkylerad effekt (kr)", "Kalkylerad effekt kr"],
    ["med punkt i stället för mellanslag", "Senast ändrad", "Senast.andrad"],
  ])("känner igen en rubrik %s", (_, right, typed) => {
    expect(misspeltColumns(replaced(right, typed))).toEqual([{ found: typed, expected: right }]);
  });

  it.each([
    ["ett annat ord", "Kommentar", ["Kommentarer"]],
    ["två rubriker som båda skulle kunna vara den", "Förvaltning", ["Forvaltning", "FÖRVALTNING!"]],
  ])("gissar inte när det är %s", (_, right, typed) => {
    expect(misspeltColumns(replaced(right, ...typed))).toEqual([]);
  });

  it("ser inget fel i en komplett tabell, inte heller med annat skiftläge och fler mellanslag", () => {
    expect(misspeltColumns(HEADERS)).toEqual([]);
    // Case and spacing never make a header missing in the first place (sameText).
    expect(misspeltColumns(replaced("Typ av effektivisering", "typ  av Effektivisering"))).toEqual(
      []
    );
  });
});
