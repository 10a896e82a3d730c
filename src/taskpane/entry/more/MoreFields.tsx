import { useEffect } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
} from "@fluentui/react-components";
import { DeferredPart } from "../../deferred/DeferredPart";
import { deferredModule, prefetch } from "../../deferred/deferredModule";
import { useEntryFormStyles } from "../EntryForm.styles";
import { entryStrings as t } from "../strings.sv";
import type { EntryFormApi } from "../useEntryForm";

// Its Switch and Textarea are on no first screen: fetched once the form is shown.
const body = deferredModule(() => import(/* webpackChunkName: "moreFields" */ "./MoreFieldsBody"));

export interface MoreFieldsProps {
  form: EntryFormApi;
  open: boolean;
  onOpenChange(open: boolean): void;
}

/** The optional details (the catalogue's "more" section), collapsed so the common case stays short. */
export function MoreFields({ form, open, onOpenChange }: MoreFieldsProps) {
  const styles = useEntryFormStyles();
  useEffect(() => prefetch(body), []);
  return (
    <Accordion
      collapsible
      openItems={open ? ["more"] : []}
      onToggle={(_, data) => onOpenChange(data.openItems.includes("more"))}
    >
      <AccordionItem value="more">
        <AccordionHeader button={{ className: styles.moreHeader }}>{t.more}</AccordionHeader>
        <AccordionPanel className={styles.morePanel}>
          <DeferredPart module={body}>
            {({ MoreFieldsBody }) => <MoreFieldsBody form={form} />}
          </DeferredPart>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
