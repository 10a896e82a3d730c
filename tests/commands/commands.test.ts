/**
 * The ribbon's "Uppdatera sammanställning": registered under the manifest's FunctionName,
 * calls the workbook's refresh with the remembered filter, and always tells Office it is done.
 */
const associate = jest.fn();
let refreshSummary: typeof import("../../src/commands/commands").refreshSummary;

beforeAll(async () => {
  Object.assign(globalThis, {
    Office: { onReady: (ready: () => void) => ready(), actions: { associate } },
  });
  // Imported once the Office global exists: the module registers its command on load.
  ({ refreshSummary } = await import("../../src/commands/commands"));
});

const anEvent = () =>
  ({ completed: jest.fn() }) as unknown as Office.AddinCommands.Event & {
    completed: jest.Mock;
  };

describe("menyfliksknappen Uppdatera sammanställning", () => {
  it("registreras under manifestets FunctionName", () => {
    expect(associate).toHaveBeenCalledWith("refreshSummary", expect.any(Function));
  });

  it("uppdaterar med det sparade filtret och meddelar Office att den är klar", async () => {
    const workbook = { refreshSummary: jest.fn().mockResolvedValue({}) };
    const event = anEvent();
    await refreshSummary(event, workbook);
    expect(workbook.refreshSummary).toHaveBeenCalledWith();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("meddelar Office att den är klar även när uppdateringen misslyckas", async () => {
    const workbook = { refreshSummary: jest.fn().mockRejectedValue(new Error("sync failed")) };
    const event = anEvent();
    await expect(refreshSummary(event, workbook)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("klarar sig utan Excel (registrerad funktion, utan egen arbetsbok)", async () => {
    const handler = associate.mock.calls[0]?.[1] as (event: Office.AddinCommands.Event) => unknown;
    const event = anEvent();
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
