/**
 * "Öppna arbetsbok…" loads a person's own .xlsx (their copy of the template, say) into the
 * preview, and "Börja om" returns to the samples. A file that cannot be read as a workbook
 * leaves the current one as it was and says so next to the buttons.
 */
import { useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface WorkbookFileActionsProps {
  /** Rejects when the file is not a workbook the preview can read. */
  onOpen(bytes: Uint8Array): Promise<void>;
  onRestart(): Promise<void>;
}

export function WorkbookFileActions({ onOpen, onRestart }: WorkbookFileActionsProps) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await onOpen(await bytesOf(file));
    } catch (error) {
      setProblem(
        `${file.name} kunde inte öppnas som en Excel-arbetsbok (.xlsx). ` +
          `Spara den som .xlsx i Excel och försök igen. (${error instanceof Error ? error.message : String(error)})`
      );
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        aria-label="Arbetsbok att öppna"
        onChange={(event) => void open(event.target.files?.[0])}
      />
      <Button disabled={busy} onClick={() => input.current?.click()}>
        Öppna arbetsbok…
      </Button>
      <Button disabled={busy} onClick={() => void onRestart()}>
        Börja om
      </Button>
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** FileReader rather than `file.arrayBuffer()`, which older engines (and jsdom) lack. */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}
