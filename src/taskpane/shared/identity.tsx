/**
 * "Ditt namn": who the person at this computer is, kept per user in the browser's storage and
 * never in the shared workbook. Changes are stamped with it (registered by, changed by,
 * verified by), so it is asked for once, the first time it is needed.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { DeferredPart } from "../deferred/DeferredPart";
import { deferredModule, prefetch } from "../deferred/deferredModule";
import { browserStorage, type DraftStorage } from "../entry/useDraftStorage";

// Fluent's Dialog is needed once per person and computer: a script of its own (nameDialog.js).
const nameDialog = deferredModule(
  () => import(/* webpackChunkName: "nameDialog" */ "./NameDialog")
);

export interface Identity {
  /** The saved name, "" when none is. */
  name: string;
  /** Saves the name (trimmed) for next time. */
  setName(name: string): void;
  /** The saved name at once, or the name the person enters in "Vem är du?"; null on cancel. */
  askName(): Promise<string | null>;
  /** Opens "Vem är du?" with the saved name to change it; null on cancel. */
  changeName(): Promise<string | null>;
}

export const NAME_KEY = "effektiviseringar.name.v1";

function readName(storage: DraftStorage | null): string {
  try {
    return storage?.getItem(NAME_KEY)?.trim() ?? "";
  } catch {
    return "";
  }
}

function writeName(storage: DraftStorage | null, name: string): void {
  try {
    storage?.setItem(NAME_KEY, name);
  } catch {
    // Without storage the name lasts until the pane closes; it is asked for again next time.
  }
}

const IdentityContext = createContext<Identity | null>(null);

export interface IdentityProviderProps {
  children?: ReactNode;
  /** Where the name is kept; null keeps it only while the pane is open. @default localStorage */
  storage?: DraftStorage | null;
  /** A name to pre-fill the dialog with (Office's signed-in user). @default none */
  suggestName?: () => Promise<string | null>;
}

/** The dialog as last opened; kept while it closes, so its fade-out shows what was there. */
interface Asking {
  open: boolean;
  initial: string;
  /** Counts the openings, so each starts a fresh form. */
  opening: number;
}

export function IdentityProvider({ children, storage, suggestName }: IdentityProviderProps) {
  const [store] = useState(() => (storage === undefined ? browserStorage() : storage));
  const [name, setNameState] = useState(() => readName(store));
  // askName must see a name saved a moment ago, before React re-renders.
  const current = useRef(name);
  const [asking, setAsking] = useState<Asking>({ open: false, initial: "", opening: 0 });
  // Everyone waiting for the open dialog (two saves may ask at once); null while it is closed.
  const waiting = useRef<((name: string | null) => void)[] | null>(null);

  const setName = useCallback(
    (next: string) => {
      const trimmed = next.trim();
      current.current = trimmed;
      setNameState(trimmed);
      writeName(store, trimmed);
    },
    [store]
  );

  const openDialog = useCallback((initial: string) => {
    return new Promise<string | null>((resolve) => {
      if (waiting.current) {
        waiting.current.push(resolve);
        return;
      }
      waiting.current = [resolve];
      setAsking((last) => ({ open: true, initial, opening: last.opening + 1 }));
    });
  }, []);

  const close = (entered: string | null) => {
    const resolvers = waiting.current ?? [];
    waiting.current = null;
    setAsking((last) => ({ ...last, open: false }));
    if (entered !== null) setName(entered);
    for (const resolve of resolvers) resolve(entered === null ? null : entered.trim());
  };

  // No name saved: the first save will ask for it, so the dialog is fetched ahead.
  useEffect(() => {
    if (name === "") prefetch(nameDialog);
  }, [name]);

  const identity = useMemo<Identity>(
    () => ({
      name,
      setName,
      askName: () => (current.current ? Promise.resolve(current.current) : openDialog("")),
      changeName: () => openDialog(current.current),
    }),
    [name, setName, openDialog]
  );

  return (
    <IdentityContext.Provider value={identity}>
      {children}
      {/* Mounted at the first opening and kept, so its fade-out shows what was there. */}
      {asking.opening > 0 && (
        <DeferredPart module={nameDialog}>
          {({ NameDialog }) => (
            <NameDialog
              {...asking}
              suggestName={suggestName}
              onSave={close}
              onCancel={() => close(null)}
            />
          )}
        </DeferredPart>
      )}
    </IdentityContext.Provider>
  );
}

/** The person's name and the way to ask for it; throws outside an IdentityProvider. */
export function useIdentity(): Identity {
  const identity = useContext(IdentityContext);
  if (!identity) throw new Error("useIdentity() must be used inside an <IdentityProvider>.");
  return identity;
}
