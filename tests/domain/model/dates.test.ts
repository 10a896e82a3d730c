import { describe, expect, it } from "@jest/globals";
import {
  dayOf,
  excelSerialFromUtcMillis,
  excelSerialToIsoDate,
  isoDateFromUtcMillis,
  isoDateToExcelSerial,
  monthOf,
  yearOf,
} from "../../../src/domain/model/dates";
import { isoDate } from "../../../src/domain/model/effect";

describe("Excels serienummer för datum", () => {
  it.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["1970-01-01", 25_569],
    ["2025-01-01", 45_658],
    ["2026-01-01", 46_023],
    ["2026-03-01", 46_082],
    ["2026-12-31", 46_387],
    ["9999-12-31", 2_958_465],
  ] as const)("%s är serienummer %d, åt båda hållen", (date, serial) => {
    expect(isoDateToExcelSerial(isoDate(date))).toBe(serial);
    expect(excelSerialToIsoDate(serial)).toBe(date);
  });

  it("går fram och tillbaka för varje dag 2024–2027", () => {
    for (let serial = 45_292; serial <= 46_752; serial++) {
      expect(isoDateToExcelSerial(excelSerialToIsoDate(serial))).toBe(serial);
    }
  });

  it("släpper klockslaget i ett serienummer", () => {
    expect(excelSerialToIsoDate(46_082.99)).toBe("2026-03-01");
  });

  it.each([0, 60, 2_958_466, Number.NaN])(
    "kastar för serienummer %p, som inte är ett datum",
    (n) => {
      expect(() => excelSerialToIsoDate(n)).toThrow(RangeError);
    }
  );

  it.each(["1899-12-31", "2026-02-30", "2026-3-1"])("kastar för %s", (date) => {
    expect(() => isoDateToExcelSerial(isoDate(date))).toThrow(RangeError);
  });
});

describe("tidsstämplar", () => {
  it("ger serienummer med klockslag från millisekunder", () => {
    expect(excelSerialFromUtcMillis(Date.UTC(2026, 2, 1, 12))).toBe(46_082.5);
    expect(excelSerialFromUtcMillis(Date.UTC(2026, 0, 15, 10, 30))).toBe(46_037.4375);
  });

  it("ger datumet för millisekunder", () => {
    expect(isoDateFromUtcMillis(Date.UTC(2026, 2, 1, 23, 59))).toBe("2026-03-01");
  });
});

describe("delar av ett datum", () => {
  it("ger år, månad och dag", () => {
    const date = isoDate("2026-03-09");
    expect([yearOf(date), monthOf(date), dayOf(date)]).toEqual([2026, 3, 9]);
  });
});
