// Injected on demand by the popup's "Log this page" (activeTab + scripting): defines one function in the
// extension's isolated world, which the popup then calls. It reads job metadata only, never form values.
import { extractPage } from './extract-page';

(globalThis as unknown as { __basketsExtract: () => unknown }).__basketsExtract = () => {
  try {
    return extractPage(document, location.href);
  } catch {
    return undefined;
  }
};
