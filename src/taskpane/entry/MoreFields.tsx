import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Switch,
} from "@fluentui/react-components";
import { MORE_FIELDS } from "../../domain/entryForm/entryForm";
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

/** The optional details (the catalogue's "more" section), collapsed so the common case stays short. */
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
            {MORE_FIELDS.map((field) =>
              field === "budgetAffecting" ? (
                <Field
                  key={field}
                  label={labelOf(form, field)}
                  hint={hints.budgetAffecting}
                  {...validationOf(form, field)}
                >
                  <Switch
                    checked={budget}
                    label={budget ? t.yes : t.no}
                    onChange={(_, data) =>
                      form.dispatch({
                        type: "fieldChanged",
                        field,
                        value: data.checked ? t.yes : t.no,
                      })
                    }
                  />
                </Field>
              ) : (
                // Only the comment may span lines (see validateFreeTexts).
                <TextField key={field} form={form} field={field} multiline={field === "comment"} />
              )
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
