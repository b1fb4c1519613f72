/**
 * The IndexedDB schema of Baskets and its upgrade steps.
 *
 * Upgrade steps are `if (oldVersion < N)` blocks. A released step NEVER changes: a new need is a new version with
 * a new block appended at the end, and a test that starts from the previous version's data.
 *
 * v1: `applications` (id key; indexes dedupeKey unique, companyKey, status, appliedAt) and `pending`.
 * v2: `aliases` and `meta` stores; indexes updatedAt, source, [status, appliedAt], [companyKey, appliedAt]
 *     on applications so list views can page by status or employer in date order.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Application, JobDetails } from '../core/application';

export const DB_NAME = 'baskets';
export const DB_VERSION = 2;

/** A job the user may have applied to ("Did you finish applying?"), kept apart from confirmed applications. */
export interface PendingCandidate extends JobDetails {
  id: string;
  /** Why the content script thinks an application was sent (e.g. 'submit-click'). */
  signal: string;
  dedupeKey: string;
  /** ISO 8601, when first seen. */
  createdAt: string;
  /** ISO 8601, when last seen. */
  updatedAt: string;
}

/** The user said names with key `key` are the employer with key `canonicalKey`. */
export interface CompanyAlias {
  key: string;
  canonicalKey: string;
  /** The name as the user typed it when linking. */
  name: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export interface BasketsSchema extends DBSchema {
  applications: {
    key: string;
    value: Application;
    indexes: {
      dedupeKey: string;
      companyKey: string;
      status: string;
      appliedAt: string;
      updatedAt: string;
      source: string;
      status_appliedAt: [string, string];
      companyKey_appliedAt: [string, string];
    };
  };
  pending: {
    key: string;
    value: PendingCandidate;
    indexes: { dedupeKey: string };
  };
  aliases: {
    key: string;
    value: CompanyAlias;
    indexes: { canonicalKey: string };
  };
  meta: {
    key: string;
    value: MetaEntry;
  };
}

export type BasketsDb = IDBPDatabase<BasketsSchema>;

/** The upgrade callback given to `openDB`. Blocks run in order; each only ever adds. */
export function upgradeBaskets(
  db: BasketsDb,
  oldVersion: number,
  _newVersion: number | null,
  tx: IDBPTransaction<BasketsSchema, StoreNames<BasketsSchema>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const apps = db.createObjectStore('applications', { keyPath: 'id' });
    apps.createIndex('dedupeKey', 'dedupeKey', { unique: true });
    apps.createIndex('companyKey', 'companyKey');
    apps.createIndex('status', 'status');
    apps.createIndex('appliedAt', 'appliedAt');
    const pending = db.createObjectStore('pending', { keyPath: 'id' });
    pending.createIndex('dedupeKey', 'dedupeKey', { unique: true });
  }
  if (oldVersion < 2) {
    const apps = tx.objectStore('applications');
    apps.createIndex('updatedAt', 'updatedAt');
    apps.createIndex('source', 'source');
    apps.createIndex('status_appliedAt', ['status', 'appliedAt']);
    apps.createIndex('companyKey_appliedAt', ['companyKey', 'appliedAt']);
    const aliases = db.createObjectStore('aliases', { keyPath: 'key' });
    aliases.createIndex('canonicalKey', 'canonicalKey');
    db.createObjectStore('meta', { keyPath: 'key' });
  }
}
