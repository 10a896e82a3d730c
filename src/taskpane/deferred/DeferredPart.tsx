import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Loading } from "../shared/Loading";
import { shellStrings } from "../strings.sv";
import { useDeferredModule, type DeferredModule } from "./deferredModule";

export interface DeferredPartProps<T> {
  module: DeferredModule<T>;
  /** The part, drawn from its module once that has arrived. */
  children: (module: T) => ReactNode;
}

/** A part in a script of its own: a spinner while it is fetched, a way to try again if it fails. */
export function DeferredPart<T>({ module, children }: DeferredPartProps<T>) {
  const part = useDeferredModule(module);
  if (part.module) return children(part.module);
  if (!part.failed) return <Loading label={shellStrings.openingView} />;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{shellStrings.partUnavailable}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={part.retry}>
          {shellStrings.retry}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
