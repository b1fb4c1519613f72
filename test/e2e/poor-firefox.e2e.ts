// Firefox: the poor-confirmation flows (issue #17) for the sites the issue names: Greenhouse in both
// layouts, Lever, Workday, Ashby, LinkedIn, Indeed, iCIMS and SmartRecruiters, plus the framed Greenhouse
// embed and iCIMS shell and the legacy Greenhouse form sent by form.submit().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { poorFlows, runPoorFlow } from './poor-flows';

const FIREFOX_FLOWS = new Set([
  'greenhouse-legacy',
  'greenhouse-new',
  'greenhouse-embed',
  'greenhouse-button',
  'icims-frame',
  'lever',
  'workday',
  'ashby',
  'linkedin',
  'indeed',
  'icims',
  'smartrecruiters',
]);

describe('firefox: poor confirmation pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('firefox');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('covers every flow the issue names', () => {
    expect(
      poorFlows()
        .filter((f) => FIREFOX_FLOWS.has(f.name))
        .map((f) => f.name)
        .sort(),
    ).toEqual([...FIREFOX_FLOWS].sort());
  });

  for (const flow of poorFlows().filter((f) => FIREFOX_FLOWS.has(f.name))) {
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
});
