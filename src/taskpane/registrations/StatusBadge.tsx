import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { Effect, ReviewState } from "../../domain/model/effect";
import { reviewState } from "../../domain/trust/review";
import { registrationsStrings as t } from "../strings.sv";

/** Outlined until a second person has verified; green once realised. */
const LOOKS: Record<ReviewState, Pick<BadgeProps, "appearance" | "color">> = {
  Registrerad: { appearance: "outline", color: "informative" },
  Verifierad: { appearance: "tint", color: "informative" },
  Realiserad: { appearance: "outline", color: "success" },
  "Verifierad realisering": { appearance: "tint", color: "success" },
};

/** The effect's review state, and a warning badge when the row was changed by hand. */
export function StatusBadge({ effect }: { effect: Effect }) {
  const state = reviewState(effect);
  return (
    <>
      <Badge {...LOOKS[state]}>{state}</Badge>
      {effect.editedOutside && (
        <Badge appearance="tint" color="warning">
          {t.editedOutside}
        </Badge>
      )}
    </>
  );
}
