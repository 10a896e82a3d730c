/**
 * The import's steps: choose a file → check the columns → see the lines that cannot be read →
 * import (sums to the workbook) → Uppföljning. Each step's result stays until a new file is
 * chosen; a failure shows its message and keeps what was there.
 */
import { useEffect, useRef, useState } from "react";
import { fileMessages } from "../../domain/invoices/importMessages.sv";
import { rememberMapping, type ColumnMapping } from "../../domain/invoices/columns";
import type { Effect } from "../../domain/model/effect";
import { asWorkbookError, type WorkbookError, type InvoiceImportSaved } from "../../workbook/port";
import { useIdentity } from "../shared/identity";
import { useWorkbook } from "../workbookContext";
import type { ImportClient } from "./importClient";
import type { Analysed, ImportStep, Matched } from "./protocol";

export type ImportState =
  | { step: "choose" }
  | { step: "busy"; doing: ImportStep | "saving" }
  | { step: "mapping"; analysed: Analysed }
  | { step: "report"; analysed: Analysed; matched: Matched }
  | { step: "followUp"; matched: Matched; saved: InvoiceImportSaved };

export function useInvoiceImport(createClient: () => ImportClient) {
  const workbook = useWorkbook();
  const identity = useIdentity();
  const client = useRef<ImportClient | null>(null);
  const [state, setState] = useState<ImportState>({ step: "choose" });
  const [fileName, setFileName] = useState("");
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [effects, setEffects] = useState<Effect[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<WorkbookError | null>(null);

  useEffect(() => () => client.current?.dispose(), []);

  const chooseFile = async (file: File) => {
    client.current?.dispose();
    client.current = createClient();
    setFileName(file.name);
    setMessage(null);
    setError(null);
    setState({ step: "busy", doing: "reading" });
    try {
      const [bytes, settings] = await Promise.all([readBytes(file), workbook.readSettings()]);
      const response = await client.current.request(
        { kind: "analyse", bytes, fileName: file.name, remembered: settings.invoiceMapping },
        (doing) => setState({ step: "busy", doing })
      );
      if (response.kind !== "analysed") throw response;
      setMapping(response.mapping);
      setState({ step: "mapping", analysed: response });
    } catch (failure) {
      setState({ step: "choose" });
      fail(failure);
    }
  };

  const readLines = async (analysed: Analysed) => {
    if (!client.current || !mapping) return;
    setMessage(null);
    setError(null);
    setState({ step: "busy", doing: "matching" });
    try {
      const reading = await workbook.readEffects();
      setEffects(reading.effects);
      const response = await client.current.request(
        { kind: "match", mapping, effects: reading.effects },
        (doing) => setState({ step: "busy", doing })
      );
      if (response.kind !== "matched") throw response;
      setState({ step: "report", analysed, matched: response });
    } catch (failure) {
      setState({ step: "mapping", analysed });
      fail(failure);
    }
  };

  const importLines = async (analysed: Analysed, matched: Matched) => {
    if (!mapping) return;
    const by = await identity.askName();
    if (by === null) return;
    setState({ step: "busy", doing: "saving" });
    try {
      const saved = await workbook.saveInvoiceImport(
        { fingerprint: matched.fingerprint, fileName, aggregates: matched.aggregates },
        { by }
      );
      await workbook.saveSettings({ invoiceMapping: rememberMapping(analysed.header, mapping) });
      setState({ step: "followUp", matched, saved });
    } catch (failure) {
      setState({ step: "report", analysed, matched });
      fail(failure);
    }
  };

  function fail(failure: unknown) {
    const response = failure as { kind?: unknown; message?: unknown };
    if (response.kind === "failed" && typeof response.message === "string") {
      setMessage(response.message);
    } else {
      setError(asWorkbookError(failure));
    }
  }

  return {
    state,
    fileName,
    mapping,
    setMapping,
    effects,
    message,
    error,
    chooseFile,
    readLines,
    importLines,
  };
}

/** The file's bytes; FileReader, which every host of the pane has (Blob.arrayBuffer is newer). */
function readBytes(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject({ kind: "failed", message: fileMessages.unreadable });
    reader.readAsArrayBuffer(file);
  });
}
