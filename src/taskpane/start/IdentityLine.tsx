import { Link, Text } from "@fluentui/react-components";
import { useIdentity } from "../shared/identity";
import { useViewStyles } from "../shared/styles";
import { identityStrings as t } from "../strings.sv";

/** "Du är: Anna Svensson · Byt namn", or "Ange ditt namn" before anyone has. */
export function IdentityLine() {
  const styles = useViewStyles();
  const { name, changeName } = useIdentity();
  const change = () => void changeName();
  return (
    <Text as="p" className={styles.flush}>
      {name ? (
        <>
          {t.youAre} <Text weight="semibold">{name}</Text>
          {" · "}
          <Link as="button" onClick={change}>
            {t.change}
          </Link>
        </>
      ) : (
        <Link as="button" onClick={change}>
          {t.none}
        </Link>
      )}
    </Text>
  );
}
