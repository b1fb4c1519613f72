// Unit tests run in Node; files that need a DOM opt in with `// @vitest-environment jsdom`.
import 'fake-indexeddb/auto';
