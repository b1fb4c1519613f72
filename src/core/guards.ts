/** Small shape checks shared by every layer that reads values it did not write (messages, storage, imports). */

/** A plain object (not null, not an array): the first check before reading fields from unknown input. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What a site id is, everywhere: a record's `source`, a settings switch, a site definition, a message.
 * Lower-case letters, digits and dashes, starting with a letter or digit, at most 40 characters
 * (`greenhouse`, `smartrecruiters`, `generic`, `manual`, `import`).
 */
export const SITE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function isSiteId(value: unknown): value is string {
  return typeof value === 'string' && SITE_ID.test(value);
}
