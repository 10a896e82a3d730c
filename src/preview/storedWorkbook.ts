/**
 * The preview's workbook survives a reload: its .xlsx bytes in the browser's IndexedDB, saved
 * a moment after each change, read at start, forgotten by "Börja om". Only this page's origin
 * can read them; nothing leaves the browser.
 */
const DATABASE = "effektiviseringar-forhandsvisning";
const STORE = "arbetsbok";
const KEY = "senaste";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB could not open"));
  });
}

async function transact<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest
): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(database.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
    });
  } finally {
    database.close();
  }
}

export async function storedWorkbook(): Promise<Uint8Array | undefined> {
  const stored = await transact<ArrayBuffer | undefined>("readonly", (store) => store.get(KEY));
  return stored === undefined ? undefined : new Uint8Array(stored);
}

export async function storeWorkbook(bytes: Uint8Array): Promise<void> {
  await transact("readwrite", (store) => store.put(bytes.slice().buffer, KEY));
}

export async function forgetWorkbook(): Promise<void> {
  await transact("readwrite", (store) => store.delete(KEY));
}
