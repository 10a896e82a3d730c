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
        {t.saved(effects.map((effect) => effect.id))}
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
