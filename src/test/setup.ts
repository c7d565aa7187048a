// IndexedDB for storage tests; it must load before Dexie does.
import 'fake-indexeddb/auto';
