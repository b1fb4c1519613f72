/**
 * Glassdoor: job listing pages (`/job-listing/…`, `/Job/…?jl=`) and the search pane's selected job.
 * Applications are handed to the employer or to Indeed Apply, so Glassdoor itself only shows postings.
 */
import { fromJsonLd, fromText, mapSource, tidyCompany } from './lib';
import { defineSite, type StageRecipe } from './define';

/**
 * The Glassdoor sites Baskets runs on: one list for both `matches` (what the manifest lets the content
 * script into) and `claims`, so the adapter never claims a page it can never see, nor the reverse.
 */
const HOSTS = [
  'www.glassdoor.com',
  'www.glassdoor.co.uk',
  'www.glassdoor.ca',
  'www.glassdoor.com.au',
  'www.glassdoor.de',
  'www.glassdoor.fr',
  'www.glassdoor.co.in',
];
const TITLE = ['[data-test="job-title"]', '[data-test="jobTitle"]', '[id^="jd-job-title"]'];
const COMPANY = ['[data-test="employer-name"]', '[data-test="employerName"]', '[data-test="emp-name"]'];
const LOCATION = ['[data-test="location"]', '[data-test="emp-location"]', '[data-test="job-location"]'];
const CHALLENGE = ['#challenge-form', '#challenge-stage', 'form[action*="challenge"]', '.cf-browser-verification'];

/**
 * A security challenge is no page of the site; a dialog may confirm an application handed on; a job
 * listing's address is a posting; a search (even with a job pane) is not.
 */
const recipe: StageRecipe = {
  blocked: CHALLENGE,
  form: [],
  confirmation: ['[role="dialog"] h2', '[role="dialog"] h1', '[role="status"]'],
  confirmationReads: 20,
  jsonLd: false,
  posting: [],
  postingPath: (url) => url.pathname.startsWith('/job-listing/') || url.searchParams.has('jl'),
  otherwise: { stage: 'none', signal: 'search' },
};

export const glassdoor = defineSite({
  id: 'glassdoor',
  label: 'Glassdoor',
  hosts: HOSTS,
  examples: {
    claims: [
      'https://www.glassdoor.com/job-listing/engineer-acme-JV_IC1147401_KO0,8_KE9,13.htm?jl=1009123456789',
      'https://www.glassdoor.com/Job/index.htm',
    ],
    rejects: [
      'https://glassdoor.com.example.org/',
      'https://www.glassdoorsucks.com/',
      'https://www.glassdoor.nl/job-listing/x-JV_1.htm?jl=1',
    ],
  },
  spa: true,
  stage: recipe,
  fields(url) {
    return {
      company: [mapSource(fromJsonLd('company'), tidyCompany), fromText(...COMPANY)],
      title: [fromJsonLd('title'), fromText(...TITLE)],
      location: [fromJsonLd('location'), fromText(...LOCATION)],
      jobId: [() => url.searchParams.get('jl') ?? url.searchParams.get('jobListingId') ?? ''],
      url: [],
    };
  },
});
