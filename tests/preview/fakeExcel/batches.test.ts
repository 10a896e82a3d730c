/**
 * Syncs, payloads and failures. Sources: learn.microsoft.com "Error handling with the
 * application-specific JavaScript APIs" (a failing batch keeps what ran before the error),
 * docs/excel/performance.md ("Excel on the web limits requests and responses to 5 MB";
 * "a range is limited to five million cells for get operations"), and the error-code table
 * (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded, RangeExceedsLimit).
 */
import { aFake, officeError } from "./fixtures";

type Fake = ReturnType<typeof aFake>;

async function cells(fake: Fake, address: string) {
  return fake.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Registrering").getRange(address);
    range.load("values");
    await context.sync();
    return range.values;
  });
}

describe("a batch is not a transaction", () => {
  it("keeps the writes before a failing command and drops the ones after it", async () => {
    const fake = aFake();
    const error = await officeError(
      fake.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Registrering");
        sheet.getRange("A1").values = [["före"]];
        sheet.getRange("B1:C1").values = [["fel form"]];
        sheet.getRange("D1").values = [["efter"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(await cells(fake, "A1:D1")).toEqual([["före", "", "", ""]]);
  });

  it("does not deliver values loaded in a failed sync", async () => {
    const fake = aFake();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Registrering");
      const range = sheet.getRange("A1");
      range.load("values");
      context.workbook.worksheets.getItem("Saknas");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => range.values).toThrow(/not available/);
    });
  });
});

describe("cost: syncs and payload bytes", () => {
  it("counts round trips; Excel.run's final sync counts only if something is queued", async () => {
    const fake = aFake();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Registrering").getRange("A1");
      range.load("values");
      await context.sync();
      range.values = [["x"]];
    });
    expect(fake.stats.syncs).toBe(2);
    await fake.Excel.run(async (context) => context.sync());
    expect(fake.stats.syncs).toBe(2);
  });

  it("weighs the written values in the request and the loaded values in the response", async () => {
    const fake = aFake();
    const row = ["x".repeat(1000)];
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Registrering").getRange("A1:A100");
      range.values = Array.from({ length: 100 }, () => row);
      await context.sync();
      range.load("values");
      await context.sync();
    });
    const [write, read] = fake.stats.perSync;
    expect(write?.requestBytes).toBeGreaterThan(100_000);
    expect(write?.responseBytes).toBe(0);
    expect(read?.requestBytes).toBeLessThan(1_000);
    expect(read?.responseBytes).toBeGreaterThan(100_000);
    expect(fake.stats.maxRequestBytes).toBe(write?.requestBytes);
    fake.stats.reset();
    expect(fake.stats.syncs).toBe(0);
  });

  it("counts screen-updating suspensions", async () => {
    const fake = aFake();
    await fake.Excel.run(async (context) => {
      context.application.suspendScreenUpdatingUntilNextSync();
      await context.sync();
    });
    expect(fake.stats.screenUpdatingSuspensions).toBe(1);
  });
});

describe("the 5 MB and 5 000 000-cell limits", () => {
  const big = Array.from({ length: 6000 }, () => ["y".repeat(1000)]);

  it("rejects a request over 5 MB whole: nothing of it is applied", async () => {
    const fake = aFake();
    const error = await officeError(
      fake.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Registrering");
        sheet.getRange("B1").values = [["liten"]];
        sheet.getRange("A1:A6000").values = big;
        await context.sync();
      })
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(await cells(fake, "B1")).toEqual([[""]]);
  });

  it("accepts the same data in chunks", async () => {
    const fake = aFake();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Registrering");
      sheet.getRange("A1:A3000").values = big.slice(0, 3000);
      await context.sync();
      sheet.getRange("A3001:A6000").values = big.slice(3000);
      await context.sync();
    });
    expect(fake.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("fails a response over 5 MB", async () => {
    const fake = aFake();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Registrering");
      sheet.getRange("A1:A3000").values = big.slice(0, 3000);
      await context.sync();
      sheet.getRange("B1:B3000").values = big.slice(3000);
      await context.sync();
    });
    const error = await officeError(cells(fake, "A1:B3000"));
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("fails a read of more than five million cells", async () => {
    const fake = aFake();
    const error = await officeError(cells(fake, "A:E"));
    expect(error.code).toBe("RangeExceedsLimit");
  });
});

describe("fault injection", () => {
  it("mode before: the nth sync fails and nothing of it is applied", async () => {
    const fake = aFake();
    fake.faults.failSync(2);
    const error = await officeError(
      fake.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Registrering");
        sheet.getRange("A1").values = [["första"]];
        await context.sync();
        sheet.getRange("A2").values = [["andra"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("GeneralException");
    expect(await cells(fake, "A1:A2")).toEqual([["första"], [""]]);
  });

  it("takes the error code to report", async () => {
    const fake = aFake();
    fake.faults.failSync(1, "RequestAborted");
    const error = await officeError(cells(fake, "A1"));
    expect(error.code).toBe("RequestAborted");
  });

  it("mode after: everything is applied but the response is lost", async () => {
    const fake = aFake();
    fake.faults.failSync(1, { mode: "after" });
    const error = await officeError(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Registrering").getRange("A1").values = [["skrevs"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("ConnectionFailure");
    expect(await cells(fake, "A1")).toEqual([["skrevs"]]);
  });

  it("failCommand: the batch applies up to the chosen command", async () => {
    const fake = aFake();
    let writes = 0;
    fake.faults.failCommand((command) => command.op === "set" && ++writes === 3);
    await expect(
      fake.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Registrering");
        ["A1", "B1", "C1", "D1"].forEach((a) => (sheet.getRange(a).values = [[a]]));
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(await cells(fake, "A1:D1")).toEqual([["A1", "B1", "", ""]]);
  });
});
