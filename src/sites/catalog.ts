/**
 * Ids and labels of every site, for the UI (empty states, options, filters) without the code of the
 * adapters, so the popup and dashboard stay small. Kept equal to the registry by test/sites/catalog.test.ts.
 */
export interface SiteInfo {
  id: string;
  label: string;
}

export const SITE_CATALOG: readonly SiteInfo[] = [
  { id: "ashby", label: "Ashby" },
  { id: "bamboohr", label: "BambooHR" },
  { id: "breezy", label: "Breezy HR" },
  { id: "glassdoor", label: "Glassdoor" },
  { id: "greenhouse", label: "Greenhouse" },
  { id: "icims", label: "iCIMS" },
  { id: "indeed", label: "Indeed" },
  { id: "jazzhr", label: "JazzHR" },
  { id: "jobvite", label: "Jobvite" },
  { id: "lever", label: "Lever" },
  { id: "linkedin", label: "LinkedIn" },
  { id: "personio", label: "Personio" },
  { id: "recruitee", label: "Recruitee" },
  { id: "smartrecruiters", label: "SmartRecruiters" },
  { id: "teamtailor", label: "Teamtailor" },
  { id: "wellfound", label: "Wellfound" },
  { id: "workable", label: "Workable" },
  { id: "workday", label: "Workday" },
  { id: "ziprecruiter", label: "ZipRecruiter" },
  { id: "generic", label: "Other sites" },
];
