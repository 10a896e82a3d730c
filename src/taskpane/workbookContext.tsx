/**
 * The one way a component reaches the workbook: the composition root (index.tsx) provides a
 * WorkbookPort, tests provide a fake. No component imports an adapter.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { WorkbookPort } from "../workbook/port";

const WorkbookContext = createContext<WorkbookPort | null>(null);

export interface WorkbookProviderProps {
  /** The port every component below uses. */
  value: WorkbookPort;
  children?: ReactNode;
}

export function WorkbookProvider({ value, children }: WorkbookProviderProps) {
  return <WorkbookContext.Provider value={value}>{children}</WorkbookContext.Provider>;
}

/** The workbook port; throws outside a WorkbookProvider, which is a wiring mistake. */
export function useWorkbook(): WorkbookPort {
  const port = useContext(WorkbookContext);
  if (!port) throw new Error("useWorkbook() must be used inside a <WorkbookProvider>.");
  return port;
}
