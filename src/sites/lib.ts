/**
 * Shared helpers for site adapters, by topic: DOM reads and visibility (`lib-dom`), JSON-LD and embedded
 * data (`lib-json`), names from titles and addresses (`lib-names`), confirmation language and stage
 * results (`lib-confirmation`), field sources with their provenance (`lib-sources`). Pure DOM reads: no
 * browser API, no form values, no script execution, bounded work on hostile pages.
 */
export * from './lib-dom';
export * from './lib-json';
export * from './lib-names';
export * from './lib-confirmation';
export * from './lib-sources';
