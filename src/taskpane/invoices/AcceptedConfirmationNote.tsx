import { ConfirmationLine, textOf } from "../shared/ConfirmationNote";
import { useLaterConfirmation } from "../shared/useLaterConfirmation";
import { confirmationStrings as t } from "../strings.sv";
import { useWorkbook } from "../workbookContext";
import type { AcceptedMonths } from "./acceptMonths";
import { confirmAccepted, type AcceptConfirmation } from "./confirmAccepted";

export interface AcceptedConfirmationNoteProps {
  /** What Godkänn saved. */
  accepted: AcceptedMonths;
}

/** The later confirmation of Godkänn: the periods, their log lines and the row's sum. */
export function AcceptedConfirmationNote({ accepted }: AcceptedConfirmationNoteProps) {
  const workbook = useWorkbook();
  const state = useLaterConfirmation(() => confirmAccepted(workbook, accepted), accepted);
  const found = ({ rewritten, duplicates }: AcceptConfirmation) => {
    if (duplicates.length > 0) return t.duplicates(duplicates);
    return rewritten ? t.acceptedRewritten : t.confirmed;
  };
  return <ConfirmationLine text={textOf(state, found)} />;
}
