import { useEffect, useRef } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Effect } from "../../domain/model/effect";
import { entryStrings as t } from "./strings.sv";
import { type SavedConfirmationState, useSavedConfirmation } from "./useSavedConfirmation";

export interface SavedMessageProps {
  effects: readonly Effect[];
  onSameCaseNext(): void;
  onNewEntry(): void;
}

/** After a save: where it went, and the two ways on (the monthly session registers several). */
export function SavedMessage({ effects, onSameCaseNext, onNewEntry }: SavedMessageProps) {
  const next = useRef<HTMLButtonElement>(null);
  // The form the focus was in is gone: put it on the likely next step.
  useEffect(() => next.current?.focus(), []);
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.savedTitle}</MessageBarTitle>
        <span>{t.saved(effects.map((effect) => effect.id))}</span>
        <ConfirmationNote effects={effects} />
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

function confirmationText(state: SavedConfirmationState): string {
  switch (state.kind) {
    case "waiting":
      return t.confirmation.waiting;
    case "confirmed":
      return state.rewritten ? t.confirmation.rewritten : t.confirmation.confirmed;
    case "duplicates":
      return t.confirmation.duplicates(state.ids);
    case "failed":
      return t.confirmation.failed(state.message);
  }
}

/** One quiet line, announced politely: the save stands, this only says it was seen again. */
function ConfirmationNote({ effects }: { effects: readonly Effect[] }) {
  const state = useSavedConfirmation(effects);
  return (
    <Caption1 as="p" role="status">
      {confirmationText(state)}
    </Caption1>
  );
}
