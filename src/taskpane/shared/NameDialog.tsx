import { useEffect, useRef, useState, type FormEvent } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Text,
} from "@fluentui/react-components";
import { identityStrings as t } from "../strings.sv";

export interface NameDialogProps {
  /** Open while someone waits for the name. */
  open: boolean;
  /** Which opening this is: each one starts a fresh form. */
  opening: number;
  /** The name the field starts with ("" the first time). */
  initial: string;
  /** Pre-fills an empty field when it answers, unless the person has typed meanwhile. */
  suggestName?: () => Promise<string | null>;
  onSave: (name: string) => void;
  onCancel: () => void;
}

/**
 * "Vem är du?": one required field, asked once per person and computer. Stays mounted so that
 * Fluent restores the page behind the modal when it closes; the form inside starts afresh at
 * each opening.
 */
export function NameDialog({ open, opening, onCancel, ...form }: NameDialogProps) {
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <NameForm key={opening} {...form} onCancel={onCancel} />
      </DialogSurface>
    </Dialog>
  );
}

type NameFormProps = Omit<NameDialogProps, "open" | "opening">;

function NameForm({ initial, suggestName, onSave, onCancel }: NameFormProps) {
  const [text, setText] = useState(initial);
  const [tried, setTried] = useState(false);
  const typed = useRef(false);

  useEffect(() => {
    if (initial !== "" || !suggestName) return;
    let current = true;
    suggestName().then(
      (suggestion) => {
        if (current && suggestion && !typed.current) setText(suggestion);
      },
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [initial, suggestName]);

  const missing = text.trim() === "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The dialog is portalled, but React bubbles its submit to a form around the provider.
    event.stopPropagation();
    setTried(true);
    if (!missing) onSave(text.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>{t.dialogTitle}</DialogTitle>
        <DialogContent>
          <Text as="p">{t.intro}</Text>
          <Field
            label={t.name}
            hint={t.nameHint}
            required
            validationState={tried && missing ? "error" : "none"}
            validationMessage={tried && missing ? t.nameMissing : undefined}
          >
            <Input
              // The name is what the dialog is for: typing starts at once.
              autoFocus
              value={text}
              autoComplete="name"
              onChange={(_, data) => {
                typed.current = true;
                setText(data.value);
              }}
            />
          </Field>
        </DialogContent>
        <DialogActions>
          <Button type="submit" appearance="primary">
            {t.save}
          </Button>
          <Button type="button" onClick={onCancel}>
            {t.cancel}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
