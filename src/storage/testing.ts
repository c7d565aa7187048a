import { IDBFactory } from 'fake-indexeddb';

/** A new, empty IndexedDB for one test: what openDatabase() and the app's code then use. */
export function freshIndexedDB(): IDBFactory {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  return factory;
}
