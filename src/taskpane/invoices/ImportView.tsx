import { useRef } from "react";
import { Button, MessageBar, MessageBarBody, ProgressBar, Text } from "@fluentui/react-components";
import type { View } from "../shared/navigation";
import { ErrorBar } from "../shared/ErrorBar";
import { useViewStyles } from "../shared/styles";
import { ViewHeader } from "../shared/ViewHeader";
import { shellStrings } from "../strings.sv";
import { FollowUpList } from "./FollowUpList";
import { workerClient, type ImportClient } from "./importClient";
import { LineReport } from "./LineReport";
import { MappingPreview } from "./MappingPreview";
import { spawnImportWorker } from "./spawnWorker";
import { importStrings as t } from "./strings.sv";
import { useInvoiceImport } from "./useInvoiceImport";

export interface ImportViewProps {
  onNavigate: (view: View) => void;
  /** @default false */
  focusOnMount?: boolean;
  /** How the file is read; a worker unless a test passes the job in process. */
  createClient?: () => ImportClient;
}

const BUSY_TEXT = { reading: t.reading, matching: t.matching, saving: t.importing };

/** *Importera fakturarader*, then *Uppföljning* for the effects the lines belong to. */
export function ImportView({
  onNavigate,
  focusOnMount = false,
  createClient = () => workerClient(spawnImportWorker()),
}: ImportViewProps) {
  const styles = useViewStyles();
  const input = useRef<HTMLInputElement>(null);
  const flow = useInvoiceImport(createClient);
  const { state } = flow;
  return (
    <main className={styles.view}>
      <ViewHeader
        title={state.step === "followUp" ? t.followUpTitle : t.title}
        back={{ label: shellStrings.backToStart, onClick: () => onNavigate({ name: "start" }) }}
        focusOnMount={focusOnMount}
      />
      <Text as="p">{t.intro}</Text>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t.fileLabel}
        accept=".csv,.txt,.xlsx,text/csv"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void flow.chooseFile(file);
        }}
      />
      <Button
        appearance={state.step === "choose" ? "primary" : "secondary"}
        disabled={state.step === "busy"}
        onClick={() => input.current?.click()}
      >
        {t.chooseFile}
      </Button>
      {flow.message && (
        <MessageBar intent="error">
          <MessageBarBody>{flow.message}</MessageBarBody>
        </MessageBar>
      )}
      {flow.error && <ErrorBar error={flow.error} />}
      {state.step === "busy" && (
        <div role="status">
          <Text>{BUSY_TEXT[state.doing]}</Text>
          <ProgressBar />
        </div>
      )}
      {state.step === "mapping" && flow.mapping && (
        <section className={styles.section} aria-label={t.mappingTitle}>
          <Text>
            {t.fileFacts(flow.fileName, state.analysed.lineCount, state.analysed.encoding)}
          </Text>
          <Text>{t.mappingHelp}</Text>
          <MappingPreview
            header={state.analysed.header}
            preview={state.analysed.preview}
            mapping={flow.mapping}
            onChange={flow.setMapping}
          />
          <Button appearance="primary" onClick={() => void flow.readLines(state.analysed)}>
            {t.readLines}
          </Button>
        </section>
      )}
      {state.step === "report" && (
        <section className={styles.section}>
          <LineReport problems={state.matched.problems} />
          <Button
            appearance="primary"
            onClick={() => void flow.importLines(state.analysed, state.matched)}
          >
            {t.importLines(state.matched.lineCount)}
          </Button>
        </section>
      )}
      {state.step === "followUp" && (
        <FollowUpList
          matched={state.matched}
          saved={state.saved}
          effects={flow.effects}
          fileName={flow.fileName}
        />
      )}
    </main>
  );
}
