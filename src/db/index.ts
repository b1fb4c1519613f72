/** The storage API of Baskets (see docs: the db-api brief). Everything the rest of the extension needs from src/db. */
export { openDb, closeDb } from './connection';
export { StorageFullError, ValidationError } from './errors';
export type { BasketsSchema, BasketsDb, PendingCandidate, CompanyAlias } from './schema';
export { DB_NAME, DB_VERSION } from './schema';
export {
  addApplication,
  getApplication,
  updateApplication,
  fillDetails,
  setStatus,
  setStatusMany,
  deleteApplications,
  restoreApplications,
  deleteEverything,
} from './applications';
export type { AddOptions, ApplicationPatch, DetailsPatch } from './applications';
export { listApplications, countApplications, activeApplications, allApplications, summaryCounts } from './list';
export type { ListQuery, SortKey } from './list';
export { possibleDuplicates, mergeApplications } from './duplicates';
export { linkCompanies, unlinkCompany, listAliases } from './aliases';
export { addPending, listPending, confirmPending, dismissPending } from './pending';
export { exportJson, exportCsv, previewImport, commitImport, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './import-export';
export type { ImportPreview, ImportFormat } from './import-export';
