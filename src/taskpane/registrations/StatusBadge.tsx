import { Badge } from "@fluentui/react-components";
import type { EffectStatus } from "../../domain/effect";

/** Realiserad is verified (green); Kalkylerad is a forecast (neutral, outlined). */
export function StatusBadge({ status }: { status: EffectStatus }) {
  return status === "Realiserad" ? (
    <Badge appearance="tint" color="success">
      {status}
    </Badge>
  ) : (
    <Badge appearance="outline" color="informative">
      {status}
    </Badge>
  );
}
