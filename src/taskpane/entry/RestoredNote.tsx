import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { entryStrings as t } from "./strings.sv";

/** Says that the form holds last time's draft, with a way to start blank instead. */
export function RestoredNote({ onClear }: { onClear(): void }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t.restored}</MessageBarBody>
      <MessageBarActions>
        <Button type="button" size="small" onClick={onClear}>
          {t.clearForm}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
