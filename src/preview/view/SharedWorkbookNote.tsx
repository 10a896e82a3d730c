import { Text } from "@fluentui/react-components";

export interface SharedWorkbookNoteProps {
  /** This tab's co-author number (coauthoring/tabRoles.ts). */
  author: number;
}

/** Who "you" are in this tab: each tab of the preview is a co-author of the same workbook. */
export function SharedWorkbookNote({ author }: SharedWorkbookNoteProps) {
  return (
    <Text>
      Delad arbetsbok · du är <strong>Medförfattare {author}</strong>
    </Text>
  );
}
