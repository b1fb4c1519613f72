// The layers of CONTRIBUTING.md are lint rules (eslint.config.js): each case here is an import a layer may
// not make, linted as if it were in that layer's folder, and one it may.
import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../src/ui/runtime', () => ({ notifyDataChanged: vi.fn(async () => {}) }));
import { DB_WRITES } from '../../eslint.config.js';
import { WRITES } from '../../src/ui/data';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['src/core/x.ts', "import { openDb } from '../db/index';"],
    ['src/core/x.ts', "import { parseMessage } from '../messages';"],
    ['src/core/x.ts', "import browser from 'webextension-polyfill';"],
    ['src/sites/x.ts', "import { openDb } from '../db/index';"],
    ['src/sites/x.ts', "import { ext } from '../content/ext';"],
    ['src/core/inbox/x.ts', "import { parseMessage } from '../../messages';"],
    ['src/core/inbox/x.ts', "import { openDb } from '../../db/index';"],
    ['src/core/inbox/x.ts', "import browser from 'webextension-polyfill';"],
    ['src/sites/mail/x.ts', "import { ext } from '../../content/ext';"],
    ['src/sites/mail/x.ts', "import { openDb } from '../../db/index';"],
    ['src/sites/mail/x.ts', "import { parseMessage } from '../../messages';"],
    ['src/sites/mail/x.ts', "import browser from 'webextension-polyfill';"],
    ['src/db/x.ts', "import { SITE_CATALOG } from '../sites/index';"],
    ['src/db/x.ts', "import { notifyDataChanged } from '../ui/runtime';"],
    ['src/content/x.ts', "import { addApplication } from '../db/index';"],
    ['src/content/x.ts', "import { Popup } from '../ui/popup/popup';"],
    ['src/ui/popup/x.tsx', "import { extractPage } from '../../content/extract-page';"],
    ['src/ui/popup/x.tsx', "import { announceCapture } from '../../background/announce';"],
    ['src/ui/dashboard/x.tsx', "import { greenhouse } from '../../sites/greenhouse';"],
    ['src/background/x.ts', "import { formatHash } from '../ui/dashboard/hash';"],
    ['src/background/x.ts', "import { showToast } from '../content/toast';"],
    ['src/messages.ts', "import { addApplication } from './db/index';"],
    ['src/ui/popup/x.tsx', "import { setStatus } from '../../db/index';"],
    ['src/ui/dashboard/x.tsx', "import { listApplications, deleteApplications } from '../../db/index';"],
    ['src/ui/components/x.tsx', "import { commitImport } from '../../db/import-export';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restricted(file, `${code}\nexport const used = 1;\n`)).toHaveLength(1);
  });

  it.each([
    ['src/core/x.ts', "import { companyKey } from './company-key';"],
    ['src/sites/x.ts', "import { cleanText } from '../core/sanitize';"],
    ['src/sites/mail/x.ts', "import { cleanText } from '../../core/sanitize';\nimport { isShown } from '../lib-dom';"],
    ['src/core/inbox/x.ts', "import { companyKey } from '../company-key';\nimport type { MailKind } from './types';"],
    ['src/db/x.ts', "import { openDB } from 'idb';"],
    ['src/content/x.ts', "import { parseMessage } from '../messages';"],
    ['src/ui/popup/x.tsx', "import { listApplications } from '../../db/index';"],
    ['src/background/x.ts', "import { adapterFor } from '../sites/index';"],
    ['src/ui/popup/x.tsx', "import { setStatus } from '../data';"],
    ['src/ui/data.ts', "import * as db from '../db/index';\nimport { setStatus } from '../db/index';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restricted(file, `${code}\nexport const used = 1;\n`)).toEqual([]);
  });
});

describe('the UI write rule', () => {
  it('forbids exactly the db writes that src/ui/data.ts wraps', () => {
    expect([...DB_WRITES].sort()).toEqual([...WRITES].sort());
  });
});
