import { Caption1, Radio, useId } from "@fluentui/react-components";
import { useEntryFormStyles } from "./EntryForm.styles";

export interface HintedRadioProps {
  value: string;
  label: string;
  /** One line under the label that says what the choice means; none when undefined. */
  hint?: string;
}

/** A choice of a RadioGroup with its meaning under it, read out with the choice. */
export function HintedRadio({ value, label, hint }: HintedRadioProps) {
  const styles = useEntryFormStyles();
  const hintId = useId("option-hint");
  return (
    <div className={styles.option}>
      <Radio value={value} label={label} aria-describedby={hint ? hintId : undefined} />
      {hint && (
        <Caption1 id={hintId} className={styles.optionHint}>
          {hint}
        </Caption1>
      )}
    </div>
  );
}
