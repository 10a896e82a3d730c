import { useId } from "react";
import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { LIST_HEADERS, type EffectLists, type ListName } from "../../domain/model/lists";
import { useViewStyles } from "../shared/styles";
import { listsStrings as t } from "../strings.sv";
import { AddListValue } from "./AddListValue";

const useStyles = makeStyles({
  values: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
});

export interface ListSectionProps {
  list: ListName;
  lists: EffectLists;
  onListsChanged: (lists: EffectLists) => void;
}

/** One list: its values, and "Lägg till" for the organisation's own (Kategori, Förvaltning). */
export function ListSection({ list, lists, onListsChanged }: ListSectionProps) {
  const styles = useStyles();
  const view = useViewStyles();
  const headingId = useId();
  const values = lists[list];
  const editable = list === "categories" || list === "departments";
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={view.flush}>
        {LIST_HEADERS[list]}
      </Subtitle2>
      <Caption1>
        {values.length === 0 ? t.empty : t.valueCount(values.length)}
        {!editable && ` · ${t.readOnlyNote}`}
      </Caption1>
      {values.length > 0 && (
        <ul className={styles.values} aria-labelledby={headingId}>
          {values.map((value) => (
            <li key={value}>{value}</li>
          ))}
        </ul>
      )}
      {editable && <AddListValue list={list} lists={lists} onAdded={onListsChanged} />}
    </section>
  );
}
