/**
 * Where a site's pages show nothing to capture until the user acts on them: the success state only
 * ever follows a click or key press in the page itself (or is told by the address). On such pages
 * the content script loads nothing but a few listeners until the first key, pointer, click, submit
 * or history change (see src/content/wake.ts), so a job page merely opened costs next to nothing.
 *
 * Sites left out are looked at on arrival: their confirmation may come as a fresh page (after a
 * classic form post, say). Every page of these sites runs this at load, so it is a plain switch over
 * the page's origin: no imports, no URL parsing, not even `location` (each costs more than the rest).
 */
export function restsUntilEngaged(siteId: string, origin: string): boolean {
  switch (siteId) {
    // A single-page app: the address does not change on submit, success replaces the form in place.
    case 'ashby':
    // The post-apply dialog only ever follows a click on "Submit application" in the page.
    case 'linkedin':
    // The submitted state replaces the apply flow once the review step's Submit is clicked.
    case 'workday':
      return true;
    // Off smartapply nothing is submitted; smartapply is looked at on arrival (it may open at post-apply).
    case 'indeed':
      return origin !== 'https://smartapply.indeed.com';
    default:
      return false;
  }
}
