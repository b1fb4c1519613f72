/**
 * Employer aliases: the user says two names are one employer. The link is stored (aliases store), every record of
 * the linked name is re-keyed, and later captures resolve through the alias. Chains are kept flat: an alias always
 * points at a key that is not itself an alias.
 */
import { companyKey } from '../core/company-key';
import { cleanText } from '../core/sanitize';
import { LIMITS } from '../core/application';
import { withTx, type Tx } from './connection';
import { ValidationError } from './errors';
import { nowIso } from './records';
import type { CompanyAlias } from './schema';

/** The employer key a company name files under, aliases applied. */
export async function resolveCompanyKey(
  tx: { objectStore(name: 'aliases'): { get(key: string): Promise<CompanyAlias | undefined> } },
  name: string,
): Promise<string> {
  const key = companyKey(name);
  if (!key) return key;
  const alias = await tx.objectStore('aliases').get(key);
  return alias ? alias.canonicalKey : key;
}

async function rekey(tx: Tx<['applications', 'aliases'], 'readwrite'>, fromKey: string): Promise<void> {
  const store = tx.objectStore('applications');
  const aliases = tx.objectStore('aliases');
  const now = nowIso();
  let cursor = await store.index('companyKey').openCursor(IDBKeyRange.only(fromKey));
  const records = [];
  while (cursor) {
    records.push(cursor.value);
    cursor = await cursor.continue();
  }
  for (const record of records) {
    const raw = companyKey(record.company);
    const alias = raw ? await aliases.get(raw) : undefined;
    const next = alias ? alias.canonicalKey : raw;
    if (next !== record.companyKey) await store.put({ ...record, companyKey: next, updatedAt: now });
  }
}

/** From now on `name` files under the same employer as `sameAs`; existing records are re-keyed. */
export async function linkCompanies(name: string, sameAs: string): Promise<void> {
  const cleanName = cleanText(name, LIMITS.company);
  const key = companyKey(cleanName);
  const targetRaw = companyKey(cleanText(sameAs, LIMITS.company));
  if (!key || !targetRaw) throw new ValidationError('Both company names need at least one letter or digit.');
  await withTx(['applications', 'aliases'], 'readwrite', (tx) => linkKeys(tx, { key, canonicalKey: targetRaw, name: cleanName }));
}

/**
 * Inside `tx`: names with key `link.key` file under `link.canonicalKey` (or, when that is itself an alias, under
 * the key it points at), and records are re-keyed. Returns false when nothing was linked because the target
 * already files under `link.key`. Used by linkCompanies and by an import, in the import's one transaction.
 */
export async function linkKeys(tx: Tx<['applications', 'aliases'], 'readwrite'>, link: CompanyAlias): Promise<boolean> {
  const { key, name } = link;
  const aliases = tx.objectStore('aliases');
  const targetAlias = await aliases.get(link.canonicalKey);
  const target = targetAlias ? targetAlias.canonicalKey : link.canonicalKey;
  if (target === key) {
    // `sameAs` already files under `name`: nothing to link.
    return false;
  }
  const previous = await aliases.get(key);
  await aliases.put({ key, canonicalKey: target, name });
  // Keep chains flat: whatever pointed at `key` now points at `target`.
  const pointing = await aliases.index('canonicalKey').getAll(IDBKeyRange.only(key));
  for (const a of pointing) await aliases.put({ ...a, canonicalKey: target });
  const apps = tx.objectStore('applications');
  const now = nowIso();
  const affected = await apps.index('companyKey').getAll(IDBKeyRange.only(key));
  for (const r of affected) await apps.put({ ...r, companyKey: target, updatedAt: now });
  // `name` was linked elsewhere before: its records move from that employer to the new one.
  if (previous && previous.canonicalKey !== target) await rekey(tx, previous.canonicalKey);
  return true;
}

/** Remove every link made for `name` (as alias or as the employer others point to); records get their own key back. */
export async function unlinkCompany(name: string): Promise<void> {
  const key = companyKey(cleanText(name, LIMITS.company));
  if (!key) return;
  await withTx(['applications', 'aliases'], 'readwrite', async (tx) => {
    const aliases = tx.objectStore('aliases');
    const own = await aliases.get(key);
    const touchedKeys = new Set<string>();
    if (own) {
      await aliases.delete(key);
      touchedKeys.add(own.canonicalKey);
    }
    const pointing = await aliases.index('canonicalKey').getAll(IDBKeyRange.only(key));
    for (const a of pointing) await aliases.delete(a.key);
    if (pointing.length) touchedKeys.add(key);
    for (const k of touchedKeys) await rekey(tx, k);
  });
}

/**
 * Validate an employer link from a backup. Strict about types, like parseApplication; the name is cleaned and capped
 * as linkCompanies does, and `key` must be that name's key (unlinking finds a link by its name).
 */
export function parseAlias(value: unknown): { alias: CompanyAlias } | { error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not an employer link' };
  const v = value as Record<string, unknown>;
  for (const k of ['key', 'canonicalKey', 'name']) {
    if (typeof v[k] !== 'string') return { error: `"${k}" must be text` };
  }
  const name = cleanText(v.name, LIMITS.company);
  const key = companyKey(name);
  if (!key) return { error: '"name" has no letter or digit' };
  if (cleanText(v.key, LIMITS.company) !== key) return { error: `"key" does not match the name "${name}"` };
  const canonicalKey = cleanText(v.canonicalKey, LIMITS.company);
  if (!canonicalKey || companyKey(canonicalKey) !== canonicalKey) return { error: '"canonicalKey" is not an employer key' };
  if (canonicalKey === key) return { error: 'links a name to itself' };
  return { alias: { key, canonicalKey, name } };
}

export async function listAliases(): Promise<CompanyAlias[]> {
  return withTx(['aliases'], 'readonly', async (tx) => tx.objectStore('aliases').getAll());
}
