/**
 * The simulated workbook, redrawn after every Excel.run: sheet tabs, the selected sheet's
 * cells, its charts, and a download of the whole workbook as .xlsx. It follows the active
 * sheet when the add-in activates one (the summary does), as Excel would.
 */
import { useId, useState, useSyncExternalStore } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Switch,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { NotifyingExcel } from "../notifyingExcel";
import { SheetCharts } from "./SheetCharts";
import { downloadWorkbook } from "./download";
import { GridStatus } from "./GridStatus";
import { sheetGrid } from "./sheetGrid";
import { SheetTable } from "./SheetTable";
import { WorkbookFileActions, type WorkbookFileActionsProps } from "./WorkbookFileActions";

export interface WorkbookViewProps {
  excel: NotifyingExcel;
  /** Rows drawn per sheet; a note says when there are more. @default 500 */
  maxRows?: number;
  /** Opening a person's own .xlsx and returning to the samples; left out in tests. */
  files?: WorkbookFileActionsProps;
}

/** The sheet people look at first: where registrations land. */
const FIRST_SHEET = "Registrering";

const useStyles = makeStyles({
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { flex: "1 1 auto", minWidth: 0, flexWrap: "wrap" },
  grid: { flex: "1 1 auto", overflow: "auto", minHeight: 0 },
  empty: { padding: tokens.spacingHorizontalM },
});

export function WorkbookView({ excel, maxRows = 500, files }: WorkbookViewProps) {
  const styles = useStyles();
  const idBase = useId();
  // Re-renders after every Excel.run; the value itself is not needed.
  useSyncExternalStore(excel.subscribe, excel.version);
  const model = excel.fake.workbook;
  const sheets = model.sheets.filter((sheet) => !sheet.deleted);

  const [activeSeen, setActiveSeen] = useState(model.activeSheetId);
  const [selectedId, setSelectedId] = useState(
    () => sheets.find((sheet) => sheet.name === FIRST_SHEET)?.id ?? model.activeSheetId
  );
  if (model.activeSheetId !== activeSeen) {
    // The add-in activated a sheet: show it, as Excel would.
    setActiveSeen(model.activeSheetId);
    setSelectedId(model.activeSheetId);
  }
  const selected = sheets.find((sheet) => sheet.id === selectedId) ?? sheets[0];

  const [showFormulas, setShowFormulas] = useState(false);
  const [download, setDownload] = useState<"idle" | "busy" | Error>("idle");
  const save = () => {
    setDownload("busy");
    downloadWorkbook(model).then(
      () => setDownload("idle"),
      (error: unknown) => setDownload(error instanceof Error ? error : new Error(String(error)))
    );
  };

  // Drawn afresh on every render: a few hundred rows take milliseconds, and the model is
  // mutated in place, so there is nothing cheaper to compare than `version` anyway.
  const grid = selected ? sheetGrid(model, selected, { rows: maxRows, cols: 100 }) : undefined;
  const tabId = (index: number) => `${idBase}-tab-${index}`;
  const selectedIndex = selected ? sheets.indexOf(selected) : -1;

  return (
    <>
      <div className={styles.toolbar}>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={selected?.id}
          onTabSelect={(_, data) => setSelectedId(String(data.value))}
          aria-label="Blad"
        >
          {sheets.map((sheet, index) => (
            <Tab key={sheet.id} id={tabId(index)} value={sheet.id}>
              {sheet.visibility === "Visible" ? sheet.name : `${sheet.name} (dolt)`}
            </Tab>
          ))}
        </TabList>
        <Switch
          label="Visa formler"
          checked={showFormulas}
          onChange={(_, data) => setShowFormulas(data.checked)}
        />
        <Button appearance="primary" disabled={download === "busy"} onClick={save}>
          Ladda ner arbetsboken (.xlsx)
        </Button>
        {files && <WorkbookFileActions {...files} />}
      </div>
      {download instanceof Error && (
        <MessageBar intent="error">
          <MessageBarBody>Arbetsboken kunde inte sparas: {download.message}</MessageBarBody>
        </MessageBar>
      )}
      <div
        className={styles.grid}
        role="tabpanel"
        aria-labelledby={selectedIndex >= 0 ? tabId(selectedIndex) : undefined}
        // Focusable so that the arrow keys scroll a grid wider than the window.
        tabIndex={0}
      >
        {selected && grid && grid.rows > 0 ? (
          <SheetTable grid={grid} sheetName={selected.name} showFormulas={showFormulas} />
        ) : (
          <Text className={styles.empty}>Bladet är tomt.</Text>
        )}
      </div>
      {grid && <GridStatus grid={grid} />}
      {grid && <SheetCharts charts={grid.charts} />}
    </>
  );
}
