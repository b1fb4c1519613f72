/**
 * The one write path of the UI: every change a page makes to the user's data goes through here. Each
 * function writes through src/db, then tells this page's views (`onWrite`) and the background (badge,
 * Plan-B notice, reminders), so no caller can forget either. UI modules read src/db directly but import
 * no db write function (a lint rule, tested in test/tools/layers.test.ts).
 */
import type { Application, JobDetails, Status } from '../core/application';
import * as db from '../db/index';
import type { AddOptions, ApplicationPatch, DetailsPatch, ImportPreview } from '../db/index';
import { notifyDataChanged } from './runtime';

/** What a write changed: a status (the background may offer its Plan-B notice once), or anything else. */
export interface WriteEvent {
  status?: Status;
}

type Listener = (event: WriteEvent) => void;
const listeners = new Set<Listener>();

/** Calls `listener` after every write this page makes; returns the unsubscribe. */
export function onWrite(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function wrote<T>(result: T, status?: Status): Promise<T> {
  const event: WriteEvent = status ? { status } : {};
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch {
      // A view that fails to refresh must not undo the write's success for the caller.
    }
  }
  await notifyDataChanged(status);
  return result;
}

/** With a status other than applied, the background hears of it as a status change. */
export async function addApplication(job: JobDetails, options: AddOptions) {
  return wrote(await db.addApplication(job, options), options.status);
}

export async function updateApplication(id: string, patch: ApplicationPatch, note?: string): Promise<Application> {
  return wrote(await db.updateApplication(id, patch, note));
}

export async function fillDetails(id: string, details: DetailsPatch): Promise<Application> {
  return wrote(await db.fillDetails(id, details));
}

export async function setStatus(id: string, status: Status, note?: string, at?: string): Promise<Application> {
  return wrote(await db.setStatus(id, status, note, at), status);
}

/** Returns the records as they were before, for Undo. */
export async function setStatusMany(ids: string[], status: Status): Promise<Application[]> {
  return wrote(await db.setStatusMany(ids, status), status);
}

/** Returns the deleted records, for Undo. */
export async function deleteApplications(ids: string[]): Promise<Application[]> {
  return wrote(await db.deleteApplications(ids));
}

/** Puts records back exactly as they were (Undo of a status change, an edit or a delete). */
export async function restoreApplications(records: Application[]): Promise<void> {
  return wrote(await db.restoreApplications(records));
}

export async function deleteEverything(): Promise<number> {
  return wrote(await db.deleteEverything());
}

export async function mergeApplications(keepId: string, mergeId: string): Promise<Application> {
  return wrote(await db.mergeApplications(keepId, mergeId));
}

export async function linkCompanies(name: string, sameAs: string): Promise<void> {
  return wrote(await db.linkCompanies(name, sameAs));
}

export async function unlinkCompany(name: string): Promise<void> {
  return wrote(await db.unlinkCompany(name));
}

export async function confirmPending(id: string): Promise<Application> {
  const record = await db.confirmPending(id);
  return wrote(record, record.status);
}

export async function dismissPending(id: string): Promise<void> {
  return wrote(await db.dismissPending(id));
}

export async function commitImport(preview: ImportPreview): Promise<{ added: number; updated: number; linked: number }> {
  return wrote(await db.commitImport(preview));
}

/** The db write functions this module wraps: the lint rule forbids importing them from src/db in src/ui. */
export const WRITES = [
  'addApplication',
  'updateApplication',
  'fillDetails',
  'setStatus',
  'setStatusMany',
  'deleteApplications',
  'restoreApplications',
  'deleteEverything',
  'mergeApplications',
  'linkCompanies',
  'unlinkCompany',
  'confirmPending',
  'dismissPending',
  'commitImport',
] as const;
