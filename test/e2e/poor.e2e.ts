// Chromium: for every site, a flow whose confirmation is as poor as real ones (issue #17) ends in exactly
// one record carrying the company and title the form showed; a reload of the confirmation adds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { poorFlows, runPoorFlow, unreadable } from './poor-flows';

describe('chromium: poor confirmation pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('chromium');
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const flow of poorFlows()) {
    it(`${flow.name}: form → real click on submit → poor confirmation → reload = one record as the form said`, async () => {
      const outcome = await runPoorFlow(h, flow);
      expect(outcome.count, `${flow.name}: records after the flow and a reload`).toBe(1);
      expect({ company: outcome.company, title: outcome.title, source: outcome.source }).toEqual({
        company: flow.company,
        title: flow.title,
        source: flow.site,
      });
      expect(h.extensionRequests, 'the extension made no network request').toEqual([]);
    });
  }

  // Nothing dropped: where no page states the job, the user's confirmed submission is still one record,
  // kept with its site and address, that asks which job it was.
  for (const flow of poorFlows().map(unreadable)) {
    it(`${flow.name}: a confirmed submission whose job no page states = one record that asks for its details`, async () => {
      const outcome = await runPoorFlow(h, flow);
      expect(outcome.count, `${flow.name}: records after the flow and a reload`).toBe(1);
      expect(outcome.source).toBe(flow.site);
      expect(outcome.needsDetails, `${flow.name}: kept as needing details (company "${outcome.company}", title "${outcome.title}")`).toBe(
        true,
      );
    });
  }
});
