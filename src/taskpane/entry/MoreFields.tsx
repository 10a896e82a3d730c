import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Switch,
} from "@fluentui/react-components";
import { defaultBudgetAffecting } from "../../domain/model/effect";
import { parseYesNo } from "../../domain/parse/parse";
import { useEntryFormStyles } from "./EntryForm.styles";
import { labelOf, validationOf } from "./fieldState";
import { entryStrings as t, hints } from "./strings.sv";
import { TextField } from "./TextField";
import type { EntryFormApi } from "./useEntryForm";

export interface MoreFieldsProps {
  form: EntryFormApi;
  open: boolean;
  onOpenChange(open: boolean): void;
}

/** The optional details, collapsed so that the common case stays short. */
export function MoreFields({ form, open, onOpenChange }: MoreFieldsProps) {
  const styles = useEntryFormStyles();
  const { values } = form.state;
  const stated = parseYesNo(values.budgetAffecting);
  const budget =
    stated.ok && stated.value !== null ? stated.value : defaultBudgetAffecting(values.type);
  return (
    <Accordion
      collapsible
      openItems={open ? ["more"] : []}
      onToggle={(_, data) => onOpenChange(data.openItems.includes("more"))}
    >
      <AccordionItem value="more">
        <AccordionHeader button={{ className: styles.moreHeader }}>{t.more}</AccordionHeader>
        <AccordionPanel className={styles.morePanel}>
          <div className={styles.moreFields}>
            <TextField form={form} field="implementationCost" />
            <Field
              label={labelOf(form, "budgetAffecting")}
              hint={hints.budgetAffecting}
              {...validationOf(form, "budgetAffecting")}
            >
              <Switch
                checked={budget}
                label={budget ? t.yes : t.no}
                onChange={(_, data) =>
                  form.dispatch({
                    type: "fieldChanged",
                    field: "budgetAffecting",
                    value: data.checked ? t.yes : t.no,
                  })
                }
              />
            </Field>
            <TextField form={form} field="supplier" />
            <TextField form={form} field="caseNumber" />
            <TextField form={form} field="comment" multiline />
            <TextField form={form} field="alsoReportedBy" />
            <TextField form={form} field="alsoReportedRef" />
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
