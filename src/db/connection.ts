/**
 * One cached connection per context. It closes itself as soon as another context asks for a version change
 * (an upgrade or a delete), so that request is never blocked, and the next call here reopens it.
 */
import { openDB, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, upgradeBaskets, type BasketsDb, type BasketsSchema } from './schema';
import { isQuotaError, toStoreError } from './errors';

let dbPromise: Promise<BasketsDb> | undefined;

export function openDb(): Promise<BasketsDb> {
  if (dbPromise) return dbPromise;
  const p = openDB<BasketsSchema>(DB_NAME, DB_VERSION, {
    upgrade: upgradeBaskets,
    blocking(_current, _blocked, event) {
      // Another page or the updated background wants a new version: step aside synchronously.
      (event.target as IDBDatabase).close();
      if (dbPromise === p) dbPromise = undefined;
    },
    terminated() {
      if (dbPromise === p) dbPromise = undefined;
    },
  }).catch((error: unknown) => {
    if (dbPromise === p) dbPromise = undefined;
    if (error && typeof error === 'object' && 'name' in error && error.name === 'VersionError') {
      throw new Error('A newer version of Baskets is using the data. Reload this page to continue.', {
        cause: error,
      });
    }
    throw error;
  });
  dbPromise = p;
  return p;
}

export function closeDb(): void {
  const p = dbPromise;
  dbPromise = undefined;
  if (p) p.then((db) => db.close()).catch(() => undefined);
}

type Names = StoreNames<BasketsSchema>;
export type Tx<N extends Names[], M extends IDBTransactionMode> = IDBPTransaction<BasketsSchema, N, M>;

/**
 * Run `fn` in ONE transaction and wait until it commits. Any failure aborts the whole transaction (nothing it
 * wrote stays) and is rethrown as StorageFullError / ValidationError where that applies.
 */
export async function withTx<const N extends Names[], M extends IDBTransactionMode, T>(
  names: N,
  mode: M,
  fn: (tx: Tx<N, M>) => Promise<T>,
): Promise<T> {
  let db = await openDb();
  let tx: Tx<N, M>;
  try {
    tx = db.transaction(names, mode);
  } catch (error) {
    // The cached connection was closed under us (version change): reopen once.
    if (dbPromise) closeDb();
    db = await openDb();
    try {
      tx = db.transaction(names, mode);
    } catch (again) {
      throw toStoreError(again ?? error);
    }
  }
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const result = await fn(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    let txError: unknown = null;
    try {
      txError = tx.error;
    } catch {
      txError = null;
    }
    throw toStoreError(isQuotaError(txError) ? txError : error);
  }
}
