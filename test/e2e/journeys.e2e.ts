// Flows that start where users start (issue #17): a board's search, then the job, then the apply host;
// a company's careers page with the embedded Greenhouse form; a legacy form that submits by script;
// and confirmed submissions whose job cannot be read, which must still become one record.
// Every submit is a real (trusted) click, and every confirmation page is as poor as real ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import { launch, until, type BrowserName, type Harness, type TabHandle } from './harness';
import { clearData } from './flows';
import {
  careersPageWithEmbed,
  greenhouseConfirmation,
  greenhouseEmbedConfirmation,
  greenhouseEmbedForm,
  greenhouseLegacyForm,
  indeedPostApply,
  indeedSearch,
  indeedSmartapplyStep,
  indeedViewjob,
  sleep,
  unreadableFlows,
  type IndeedJob,
  type StoredApplication,
} from './journey-pages';

const applications = (h: Harness) => h.readStore<StoredApplication>('applications');

/** Waits for the first record, gives a second one time to appear, and returns them all. */
async function recordsAfterSubmit(h: Harness, what: string): Promise<StoredApplication[]> {
  await until(async () => (await applications(h)).length > 0, what);
  await sleep(1500);
  return applications(h);
}

async function expectOneRecord(h: Harness, what: string, expected: { company: string; title: string; source: string }) {
  const got = await recordsAfterSubmit(h, what);
  const seen = got.map((r) => ({ company: r.company, title: r.title, source: r.source }));
  expect(seen, `${what}: exactly one record, with the company and title the form showed (stored: ${JSON.stringify(seen)})`).toEqual([
    expected,
  ]);
}

/** Waits until the tab is on `url`'s path and shows `selector`. */
async function arrive(tab: TabHandle, path: string, selector: string): Promise<void> {
  await until(async () => new URL(tab.url()).pathname === path, `the tab to reach ${path}`);
  await tab.waitFor(selector);
}

const COOK: IndeedJob = { jk: '9f8e7d6c5b4a3921', company: 'Riverbend Smokehouse', title: 'Grill Cook', location: 'Asheville, NC 28801' };
const PREP: IndeedJob = { jk: '0f0e0d0c0b0a0918', company: 'Blue Ridge Diner', title: 'Prep Cook', location: 'Asheville, NC' };

/** (a) indeed.com search → viewjob → smartapply (contact, review) → a poor post-apply page. */
async function indeedJourney(h: Harness): Promise<void> {
  await clearData(h);
  const search = 'https://www.indeed.com/jobs?q=cook&l=Asheville%2C+NC';
  const smartapply = 'https://smartapply.indeed.com/beta/indeedapply/form';
  h.serve(search, indeedSearch([PREP, COOK], COOK));
  h.serve('https://www.indeed.com/viewjob', indeedViewjob(COOK, `${smartapply}/contact-info`));
  h.serve(`${smartapply}/contact-info`, indeedSmartapplyStep(COOK, 'contact', `${smartapply}/review`));
  h.serve(`${smartapply}/review`, indeedSmartapplyStep(COOK, 'review', `${smartapply}/post-apply`));
  h.serve(`${smartapply}/post-apply`, indeedPostApply());
  const tab = await h.open(search);
  try {
    await tab.press('Tab');
    await tab.click(`#job_${COOK.jk}`);
    await arrive(tab, '/viewjob', '#apply-now');
    await tab.press('Tab');
    await tab.click('#apply-now');
    await arrive(tab, '/beta/indeedapply/form/contact-info', '#name');
    await tab.click('#name');
    await tab.type('#name', 'Ada Lovelace');
    await tab.click('#continue');
    await arrive(tab, '/beta/indeedapply/form/review', '#submit-application');
    await tab.press('Tab');
    await tab.click('#submit-application');
    await arrive(tab, '/beta/indeedapply/form/post-apply', '.ia-PostApply');
    await expectOneRecord(h, 'indeed search → viewjob → smartapply', { company: COOK.company, title: COOK.title, source: 'indeed' });
  } finally {
    await tab.close();
  }
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: journeys that start where users start`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('(a) indeed.com search → viewjob → smartapply form (real click on submit) → its poor post-apply page', () => indeedJourney(h));

    if (name !== 'chromium') return;

    it('(b) a company careers page with the embedded Greenhouse form: a real click inside the frame, then the frame confirms', async () => {
      await clearData(h);
      const careers = 'https://www.acme-robotics.example/careers/123';
      const embed = 'https://job-boards.greenhouse.io/embed/job_app?for=acme&token=7654321';
      const confirmation = 'https://job-boards.greenhouse.io/embed/job_app/confirmation?for=acme&token=7654321';
      const company = 'Acme Robotics';
      const title = 'Warehouse Robotics Technician';
      h.serve(careers, careersPageWithEmbed(company, title, embed));
      h.serve(embed, greenhouseEmbedForm(company, title, confirmation));
      // Poor: the board's name as the document title, the squashed board slug in the address.
      h.serve(confirmation, greenhouseEmbedConfirmation('acme'));
      const tab = await h.open(careers);
      try {
        const page = tab.raw as PwPage;
        const form = page.frameLocator('#grnhse_iframe');
        await form.locator('#first_name').click();
        await page.keyboard.type('Ada');
        await form.locator('#email').click();
        await page.keyboard.type('ada@example.org');
        await form.locator('button[type="submit"]').click();
        await until(
          async () => page.frames().some((f) => f.url().includes('/embed/job_app/confirmation')),
          'the frame to show the confirmation',
        );
        await expectOneRecord(h, 'careers page with the Greenhouse embed', { company, title, source: 'greenhouse' });
      } finally {
        await tab.close();
      }
    });

    it('(c) a legacy Greenhouse form that submits by form.submit() from an <input type="button">', async () => {
      await clearData(h);
      const company = 'Harborview Hotels & Resorts';
      const title = 'Guest Services Agent';
      const form = 'https://boards.greenhouse.io/harborviewhotels/jobs/4400001';
      const confirmation = `${form}/confirmation`;
      h.serve(form, greenhouseLegacyForm(company, title, confirmation));
      // Poor: the company as the document title, "harborviewhotels" in the address.
      h.serve(confirmation, greenhouseConfirmation(company));
      const tab = await h.open(form);
      try {
        await tab.press('Tab');
        await tab.click('#first_name');
        await tab.type('#first_name', 'Ada');
        // The page's own script checks that nothing saw a submit event: form.submit() fires none.
        await tab.evaluate(() => {
          document.getElementById('application_form')!.addEventListener('submit', () => sessionStorage.setItem('submitEvent', 'yes'));
        });
        await tab.click('#submit_app');
        await arrive(tab, '/harborviewhotels/jobs/4400001/confirmation', '.application-confirmation');
        expect(await tab.evaluate(() => sessionStorage.getItem('submitEvent'))).toBeNull();
        await expectOneRecord(h, 'legacy Greenhouse form.submit()', { company, title, source: 'greenhouse' });
      } finally {
        await tab.close();
      }
    });

    describe('(d) a confirmed submission whose job header cannot be read is ONE needsDetails record, and the popup asks for the job', () => {
      for (const flow of unreadableFlows()) {
        it(flow.site, async () => {
          await clearData(h);
          h.serve(flow.formUrl, flow.form);
          if (flow.confirmationUrl) h.serve(flow.confirmationUrl, flow.confirmation);
          let stored: StoredApplication | undefined;
          const tab = await h.open(flow.formUrl);
          try {
            await tab.press('Tab');
            await tab.click(flow.submit);
            if (flow.confirmationUrl) {
              const to = new URL(flow.confirmationUrl).pathname;
              await until(async () => new URL(tab.url()).pathname === to, `the ${flow.site} confirmation`);
            }
            const got = await recordsAfterSubmit(h, `a ${flow.site} record`);
            expect(got, `${flow.site}: exactly one record`).toHaveLength(1);
            const record = got[0]!;
            stored = record;
            expect(record.source).toBe(flow.site);
            expect(
              record.needsDetails,
              `${flow.site}: the record asks for details (stored: "${record.title}" at "${record.company}")`,
            ).toBe(true);
            // The address is kept: the user can go back to the job.
            expect(record.url, `${flow.site}: the address is kept`).not.toBe('');
            expect(new URL(record.url).hostname).toBe(new URL(flow.confirmationUrl ?? flow.formUrl).hostname);
          } finally {
            await tab.close();
          }
          const popup = await h.openExtensionPage('popup.html', { width: 380, height: 560 });
          try {
            // The question waits behind "N things need you", first among them.
            await popup.waitFor('.needs-you-toggle');
            await popup.click('.needs-you-toggle');
            const text = await until(async () => {
              const t = await popup.evaluate(() => document.body.innerText);
              return /which job was it\?/i.test(t) ? t : null;
            }, `the popup to ask "which job was it?" for the ${flow.site} record (stored: "${stored?.title}" at "${stored?.company}")`);
            expect(text).toContain(flow.label);
          } finally {
            await popup.close();
          }
        });
      }
    });
  });
}
