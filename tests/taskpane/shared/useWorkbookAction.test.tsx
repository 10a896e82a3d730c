import type { ReactNode } from "react";
import { act, renderHook } from "@testing-library/react";
import {
  BLANK_EFFECT_INPUT,
  effectId,
  type EffectId,
  type EffectInput,
} from "../../../src/domain/model/effect";
import { useWorkbookAction } from "../../../src/taskpane/shared/useWorkbookAction";
import { WorkbookProvider } from "../../../src/taskpane/workbookContext";
import { WorkbookError, type WorkbookPort } from "../../../src/workbook/port";
import { fakePort, type FakePort } from "../support/fakePort";

/** A promise the test settles when it chooses. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Fresh ids on every call, as the real port gives: a retry with new ids would show. */
function portWithFreshIds(): FakePort {
  let next = 0;
  const port = fakePort();
  port.newEffectIds.mockImplementation((count) =>
    Array.from({ length: count }, () => effectId(`E-${++next}`))
  );
  return port;
}

const appendOne = (workbook: WorkbookPort, input: EffectInput, ids: EffectId[]) =>
  workbook.appendEffects([input], { registeredBy: "Bo Berg", ids });

function renderAppend(port: FakePort, onDone?: jest.Mock) {
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <WorkbookProvider value={port}>{children}</WorkbookProvider>
  );
  return renderHook(() => useWorkbookAction(appendOne, onDone), { wrapper });
}

const input: EffectInput = { ...BLANK_EFFECT_INPUT, caseName: "Utskrift som tjänst" };

describe("useWorkbookAction", () => {
  it("är upptagen medan anropet pågår och ger resultatet till onDone med anropets argument", async () => {
    const port = portWithFreshIds();
    const answer = pending<never[]>();
    port.appendEffects.mockReturnValueOnce(answer.promise);
    const onDone = jest.fn();
    const { result } = renderAppend(port, onDone);
    const ids = port.newEffectIds(1);

    let done!: Promise<boolean>;
    act(() => {
      done = result.current.run(input, ids);
    });
    expect(result.current.busy).toBe(true);
    expect(result.current.running).toEqual([input, ids]);
    await act(async () => answer.resolve([]));
    await expect(done).resolves.toBe(true);
    expect(result.current.busy).toBe(false);
    expect(result.current.result).toEqual([]);
    expect(onDone).toHaveBeenCalledWith([], [input, ids]);
  });

  it.each([
    ["arbetsbokens fel", new WorkbookError("staleEdit", "Raden har ändrats."), "staleEdit"],
    ["något annat som kastas", new Error("boom"), "syncFailed"],
  ])("visar %s som ett WorkbookError med svensk text", async (_, thrown, kind) => {
    const port = portWithFreshIds();
    port.appendEffects.mockRejectedValueOnce(thrown);
    const onDone = jest.fn();
    const { result } = renderAppend(port, onDone);

    let succeeded: boolean | undefined;
    await act(async () => {
      succeeded = await result.current.run(input, port.newEffectIds(1));
    });
    expect(succeeded).toBe(false);
    expect(result.current.busy).toBe(false);
    expect(result.current.error?.kind).toBe(kind);
    expect(result.current.error?.message).toMatch(kind === "syncFailed" ? /boom/ : /ändrats/);
    expect(onDone).not.toHaveBeenCalled();
  });

  it("försöker igen med samma argument, och därmed samma id:n", async () => {
    const port = portWithFreshIds();
    port.appendEffects.mockRejectedValueOnce(
      new WorkbookError("syncFailed", "Excel svarade inte.")
    );
    const onDone = jest.fn();
    const { result } = renderAppend(port, onDone);
    const ids = port.newEffectIds(1);

    await act(async () => void (await result.current.run(input, ids)));
    expect(result.current.failedArgs).toEqual([input, ids]);
    await act(async () => result.current.retry());

    expect(port.appendEffects).toHaveBeenCalledTimes(2);
    const [first, second] = port.appendEffects.mock.calls;
    expect(second?.[1].ids).toEqual(first?.[1].ids);
    expect(second?.[0]).toEqual(first?.[0]);
    expect(port.newEffectIds).toHaveBeenCalledTimes(1);
    expect(result.current.error).toBeNull();
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it("gör ingenting vid ett andra klick medan det första pågår", async () => {
    const port = portWithFreshIds();
    const answer = pending<never[]>();
    port.appendEffects.mockReturnValueOnce(answer.promise);
    const { result } = renderAppend(port);

    let second: Promise<boolean> | undefined;
    act(() => {
      void result.current.run(input, port.newEffectIds(1));
      // Same frame, before React re-renders: the state still says idle.
      second = result.current.run(input, port.newEffectIds(1));
    });
    await expect(second).resolves.toBe(false);
    await act(async () => answer.resolve([]));
    expect(port.appendEffects).toHaveBeenCalledTimes(1);
  });

  it("glömmer felet med reset", async () => {
    const port = portWithFreshIds();
    port.appendEffects.mockRejectedValueOnce(new WorkbookError("notFound", "Raden finns inte."));
    const { result } = renderAppend(port);
    await act(async () => void (await result.current.run(input, port.newEffectIds(1))));
    expect(result.current.error).not.toBeNull();
    act(() => result.current.reset());
    expect(result.current.error).toBeNull();
    act(() => result.current.retry());
    expect(port.appendEffects).toHaveBeenCalledTimes(1);
  });

  it("rör inget tillstånd när vyn stängts under anropet", async () => {
    const port = portWithFreshIds();
    const answer = pending<never[]>();
    port.appendEffects.mockReturnValueOnce(answer.promise);
    const onDone = jest.fn();
    const errors = jest.spyOn(console, "error").mockImplementation(() => {});
    const { result, unmount } = renderAppend(port, onDone);

    let done!: Promise<boolean>;
    act(() => {
      done = result.current.run(input, port.newEffectIds(1));
    });
    unmount();
    answer.resolve([]);
    await expect(done).resolves.toBe(true);
    expect(onDone).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
