import { Spinner } from "@fluentui/react-components";
import { shellStrings } from "../strings.sv";

/** A spinner with a visible label, which is also what a screen reader hears. */
export function Loading({ label = shellStrings.loading }: { label?: string }) {
  return <Spinner size="small" labelPosition="after" label={label} />;
}
