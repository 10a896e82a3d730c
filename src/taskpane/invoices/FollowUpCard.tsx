import {
  Button,
  Card,
  CardHeader,
  Spinner,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import {
  monthTotals,
  type MonthFigures,
  type ShownFollowUp,
} from "../../domain/invoices/shownFollowUp";
import { formatAmount } from "../../domain/model/format";
import type { Effect } from "../../domain/model/effect";
import { PeriodsConfirmationNote } from "../shared/ConfirmationNote";
import { ErrorBar } from "../shared/ErrorBar";
import { importStrings as t } from "./strings.sv";
import { useAcceptFollowUp } from "./useAcceptFollowUp";
import { WideTable } from "./WideTable";

export interface FollowUpCardProps {
  effect: Effect;
  followUp: ShownFollowUp;
  fileName: string;
  fingerprint: string;
}

const kr = (ore: number | null): string =>
  ore === null ? t.noSuggestion : formatAmount(ore / 100);

/**
 * One effect: suggested realised against forecast per month, the suggestion first (what
 * Godkänn writes, in view in the 320 px pane before any sideways scroll), their sums, the
 * lines behind, Godkänn.
 */
export function FollowUpCard({ effect, followUp, fileName, fingerprint }: FollowUpCardProps) {
  const { state, accept, retry } = useAcceptFollowUp(effect, followUp, fileName, fingerprint);
  const heading = t.effectHeading(effect.caseName, effect.type);
  return (
    <Card>
      <CardHeader header={<Text weight="semibold">{heading}</Text>} description={effect.supplier} />
      <WideTable label={heading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.columns.month}</TableHeaderCell>
            <TableHeaderCell>{t.columns.suggested}</TableHeaderCell>
            <TableHeaderCell>{t.columns.forecast}</TableHeaderCell>
            <TableHeaderCell>{t.columns.invoiced}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {followUp.months.map((month) => (
            <TableRow key={month.month}>
              <TableCell>{month.month}</TableCell>
              <TableCell>
                {kr(month.suggestedOre)}
                {month.priceEffectOre !== null && month.volumeEffectOre !== null && (
                  <Text block size={200}>
                    {t.priceVolume(kr(month.priceEffectOre), kr(month.volumeEffectOre))}
                  </Text>
                )}
              </TableCell>
              <TableCell>{kr(month.forecastOre)}</TableCell>
              <TableCell>{kr(month.invoicedOre)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TotalRow months={followUp.months} />
      </WideTable>
      <details>
        <summary>{t.showLines}</summary>
        <ul>
          {followUp.firstLines.map((line) => (
            <li key={line.line}>
              {t.lineText(line.line, line.date, line.supplier, kr(line.amountOre))}
            </li>
          ))}
        </ul>
        {followUp.lineCount > followUp.firstLines.length && (
          <Text>{t.moreLines(followUp.lineCount - followUp.firstLines.length)}</Text>
        )}
      </details>
      <AcceptLine state={state} onAccept={accept} onRetry={retry} months={followUp.months} />
    </Card>
  );
}

/** The months' sums (in öre, exact), under the months. */
function TotalRow({ months }: { months: readonly MonthFigures[] }) {
  const total = monthTotals(months);
  return (
    <tfoot>
      <TableRow>
        <TableHeaderCell scope="row">{t.total}</TableHeaderCell>
        {[total.suggestedOre, total.forecastOre, total.invoicedOre].map((ore, column) => (
          <TableCell key={column}>
            <Text weight="semibold">{kr(ore)}</Text>
          </TableCell>
        ))}
      </TableRow>
    </tfoot>
  );
}

function AcceptLine({
  state,
  onAccept,
  onRetry,
  months,
}: {
  state: ReturnType<typeof useAcceptFollowUp>["state"];
  onAccept: () => void;
  onRetry: () => void;
  months: readonly MonthFigures[];
}) {
  if (state.kind === "accepted") {
    return (
      <>
        <Text role="status">{t.accepted(state.accepted.count)}</Text>
        {state.accepted.periods.length > 0 && <PeriodsConfirmationNote saved={state.accepted} />}
      </>
    );
  }
  const nothing = months.every((month) => month.suggestedOre === null);
  return (
    <>
      {state.kind === "failed" && <ErrorBar error={state.error} onRetry={onRetry} />}
      <Button
        appearance="primary"
        disabledFocusable={nothing || state.kind === "saving"}
        icon={state.kind === "saving" ? <Spinner size="tiny" aria-hidden /> : undefined}
        onClick={onAccept}
      >
        {state.kind === "saving" ? t.accepting : t.accept}
      </Button>
    </>
  );
}
