import { closeDb } from '../../src/db/connection';
import type { JobDetails } from '../../src/core/application';

/** A fresh, empty database for each test. */
export async function freshDb(): Promise<void> {
  closeDb();
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase('baskets');
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('delete blocked'));
  });
}

export function job(overrides: Partial<JobDetails> = {}): JobDetails {
  return {
    company: 'Acme, Inc.',
    title: 'Frontend Engineer',
    location: 'Berlin',
    url: 'https://boards.greenhouse.io/acme/jobs/123?gh_src=abc&utm_source=x',
    jobId: '123',
    source: 'greenhouse',
    ...overrides,
  };
}
