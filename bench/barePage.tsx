/**
 * The bench's yardstick for the pane's bundle: the smallest React 19 + Fluent UI v9 page, one
 * FluentProvider and one Button, built with the pane's own webpack settings (bundleBench.ts).
 */
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Effektiviseringar</Button>
    </FluentProvider>
  );
}
