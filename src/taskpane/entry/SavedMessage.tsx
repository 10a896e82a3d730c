import { useEffect, useRef } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Effect } from "../../domain/model/effect";
import { entryStrings as t } from "./strings.sv";
import type { SaveKind } from "../../workbook/port";
import { SavedConfirmationNote } from "../shared/ConfirmationNote";

export interface SavedMessageProps {
  effects: readonly Effect[];
  /** Whether the save registered the effects or changed a saved one. @default "registration" */
  kind?: SaveKind;
  onSameCaseNext(): void;
  onNewEntry(): void;
}

/** After a save: where it went, and the two ways on (the monthly session registers several). */
export function SavedMessage(props: SavedMessageProps) {
  const { effects, kind = "registration", onSameCaseNext, onNewEntry } = props;
  const next = useRef<HTMLButtonElement>(null);
  // The form the focus was in is gone: put it on the likely next step.
  useEffect(() => next.current?.focus(), []);
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.savedTitle}</MessageBarTitle>
        <span>{t.saved(effects.map((effect) => effect.id))}</span>
        <SavedConfirmationNote effects={effects} kind={kind} />
      </MessageBarBody>
      <MessageBarActions>
        <Button ref={next} type="button" size="small" onClick={onSameCaseNext}>
          {t.sameCaseNext}
        </Button>
        <Button type="button" size="small" onClick={onNewEntry}>
          {t.newEntry}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
