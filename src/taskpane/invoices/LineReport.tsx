import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { LineProblem } from "../../domain/invoices/lines";
import { importStrings as t } from "./strings.sv";

/** The report can be long (a whole file with a wrong column): the first lines say enough. */
const SHOWN = 100;

/** Each line that cannot be read, with its number and reason; the rest go ahead. */
export function LineReport({ problems }: { problems: readonly LineProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.problemsTitle(problems.length)}</MessageBarTitle>
        <Text block>{t.problemsHelp}</Text>
        <ul aria-label={t.problemsTitle(problems.length)}>
          {problems.slice(0, SHOWN).map((problem) => (
            <li key={problem.line}>{problem.message}</li>
          ))}
        </ul>
        {problems.length > SHOWN && <Text>{t.moreProblems(problems.length - SHOWN)}</Text>}
      </MessageBarBody>
    </MessageBar>
  );
}
