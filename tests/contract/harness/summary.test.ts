import { describe, expect, it } from "@jest/globals";
import type { CaseResult } from "../runSuite";
import { summarise, type RunStart } from "./summary";

const start: RunStart = { host: "Excel (PC)", cases: 2, names: ["append: a", "append: b"] };
const result = (name: string, passed: boolean): CaseResult => ({
  area: "append",
  name,
  passed,
  milliseconds: 1,
});

describe("resultatserverns slutsumma", () => {
  it.each([
    ["alla rapporterade och gröna", start, [result("a", true), result("b", true)], 2, 0, []],
    ["ett fall misslyckades", start, [result("a", true), result("b", false)], 1, 1, []],
    ["ett fall rapporterades aldrig", start, [result("a", true)], 1, 1, ["append: b"]],
    ["sidan startade aldrig", null, [], 0, 1, []],
  ] as const)("%s", (_name, announced, results, passed, failed, missing) => {
    expect(summarise(announced, results)).toMatchObject({ passed, failed, missing });
  });
});
