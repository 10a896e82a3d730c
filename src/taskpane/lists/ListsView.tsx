import { Text } from "@fluentui/react-components";
import type { ListName } from "../../domain/model/lists";
import { ErrorBar } from "../shared/ErrorBar";
import { Loading } from "../shared/Loading";
import type { View } from "../shared/navigation";
import { useViewStyles } from "../shared/styles";
import { useLists } from "../shared/useWorkbookData";
import { ViewHeader } from "../shared/ViewHeader";
import { listsStrings as t, shellStrings } from "../strings.sv";
import { ListSection } from "./ListSection";

const LISTS: readonly ListName[] = ["categories", "departments", "types", "reasons"];

export interface ListsViewProps {
  onNavigate: (view: View) => void;
  /** @default false */
  focusOnMount?: boolean;
}

/** The Kategori sheet's four lists; the organisation's own two can get new values here. */
export function ListsView({ onNavigate, focusOnMount = false }: ListsViewProps) {
  const styles = useViewStyles();
  const lists = useLists();
  const value = lists.value;
  return (
    <main className={styles.view}>
      <ViewHeader
        title={shellStrings.views.lists}
        back={{ label: shellStrings.backToStart, onClick: () => onNavigate({ name: "start" }) }}
        focusOnMount={focusOnMount}
      />
      <Text as="p" className={styles.flush}>
        {t.intro}
      </Text>
      {lists.error && <ErrorBar error={lists.error} onRetry={lists.reload} />}
      {!value && !lists.error && <Loading />}
      {value &&
        LISTS.map((list) => (
          <ListSection key={list} list={list} lists={value} onListsChanged={lists.setValue} />
        ))}
    </main>
  );
}
