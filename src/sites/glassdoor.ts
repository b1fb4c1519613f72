/**
 * Glassdoor: job listing pages (`/job-listing/…`, `/Job/…?jl=`) and the search pane's selected job.
 * Applications are handed to the employer or to Indeed Apply, so Glassdoor itself only shows postings.
 */
import {
  confirmationIn,
  exists,
  extractWith,
  fromJsonLd,
  fromText,
  hasJobPosting,
  mapSource,
  stage,
  textSignal,
  tidyCompany,
} from './lib';
import type { SiteAdapter } from './types';

const HOST = /^(?:www\.)?glassdoor\.(?:com|co\.uk|ca|de|fr|ie|nl|es|it|at|be|ch|co\.in|com\.au|com\.br|co\.nz|com\.hk|com\.mx|com\.ar|sg)$/i;
const TITLE = ['[data-test="job-title"]', '[data-test="jobTitle"]', '[id^="jd-job-title"]'];
const COMPANY = ['[data-test="employer-name"]', '[data-test="employerName"]', '[data-test="emp-name"]'];
const LOCATION = ['[data-test="location"]', '[data-test="emp-location"]', '[data-test="job-location"]'];
const CHALLENGE = ['#challenge-form', '#challenge-stage', 'form[action*="challenge"]', '.cf-browser-verification'];

export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  label: 'Glassdoor',
  matches: [
    'https://www.glassdoor.com/*',
    'https://www.glassdoor.co.uk/*',
    'https://www.glassdoor.ca/*',
    'https://www.glassdoor.com.au/*',
    'https://www.glassdoor.de/*',
    'https://www.glassdoor.fr/*',
    'https://www.glassdoor.co.in/*',
  ],
  claims: (url) => HOST.test(url.hostname),
  examples: {
    claims: ['https://www.glassdoor.com/job-listing/engineer-acme-JV_IC1147401_KO0,8_KE9,13.htm?jl=1009123456789', 'https://www.glassdoor.com/Job/index.htm'],
    rejects: ['https://glassdoor.com.example.org/', 'https://www.glassdoorsucks.com/'],
  },
  spa: true,
  detectStage(doc, url) {
    if (exists(doc, CHALLENGE)) return stage('none', 'security challenge');
    const text = confirmationIn(doc, ['[role="dialog"] h2', '[role="dialog"] h1', '[role="status"]'], 20);
    if (text) return stage('submitted', textSignal(text));
    const jobPage = url.pathname.startsWith('/job-listing/') || url.searchParams.has('jl');
    if (jobPage && (exists(doc, TITLE) || hasJobPosting(doc))) return stage('posting', 'job listing');
    if (jobPage) return stage('posting', 'url:job-listing');
    return stage('none', exists(doc, TITLE) ? 'search with job pane' : 'search');
  },
  extract(doc, url) {
    return extractWith(doc, url, {
      company: [mapSource(fromJsonLd('company'), tidyCompany), fromText(...COMPANY)],
      title: [fromJsonLd('title'), fromText(...TITLE)],
      location: [fromJsonLd('location'), fromText(...LOCATION)],
      jobId: [() => url.searchParams.get('jl') ?? url.searchParams.get('jobListingId') ?? ''],
      url: [],
    });
  },
};
