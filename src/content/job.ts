import type { JobDetails } from '../core/application';
import type { SiteAdapter } from '../sites/types';

/** The job an adapter reads on a page, tagged with the site it came from. */
export function readJob(adapter: SiteAdapter, doc: Document, url: URL): JobDetails {
  const found = adapter.extract(doc, url);
  const job: JobDetails = {
    company: found.company,
    title: found.title,
    location: found.location,
    url: found.url,
    source: adapter.id,
  };
  if (found.jobId) job.jobId = found.jobId;
  if (Object.keys(found.fields).length) job.fields = { ...found.fields };
  return job;
}
