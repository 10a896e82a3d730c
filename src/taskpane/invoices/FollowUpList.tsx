import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { InvoiceImportSaved } from "../../workbook/port";
import type { Effect } from "../../domain/model/effect";
import { useViewStyles } from "../shared/styles";
import { FollowUpCard } from "./FollowUpCard";
import type { Matched } from "./protocol";
import { importStrings as t } from "./strings.sv";

export interface FollowUpListProps {
  matched: Matched;
  saved: InvoiceImportSaved;
  effects: readonly Effect[];
  fileName: string;
}

/** *Uppföljning*: one card per effect the file's lines belong to. */
export function FollowUpList({ matched, saved, effects, fileName }: FollowUpListProps) {
  const styles = useViewStyles();
  const byId = new Map(effects.map((effect) => [effect.id, effect]));
  return (
    <section className={styles.section} aria-label={t.followUpTitle}>
      <MessageBar intent={saved.alreadyImported ? "info" : "success"}>
        <MessageBarBody>
          {saved.alreadyImported
            ? t.alreadyImported
            : t.imported(matched.lineCount, matched.matchedLineCount)}
        </MessageBarBody>
      </MessageBar>
      {matched.followUps.length === 0 && <Text>{t.noMatches}</Text>}
      {matched.followUps.map((followUp) => {
        const effect = byId.get(followUp.effectId);
        return effect ? (
          <FollowUpCard
            key={followUp.effectId}
            effect={effect}
            followUp={followUp}
            fileName={fileName}
            fingerprint={matched.fingerprint}
          />
        ) : null;
      })}
    </section>
  );
}
