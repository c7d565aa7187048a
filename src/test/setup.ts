// IndexedDB for storage tests (each storage test starts from a fresh one: storage/testing.ts).
import 'fake-indexeddb/auto';
