// Unit tests get a real IndexedDB implementation in memory (fake-indexeddb): lib/db runs unchanged.
import 'fake-indexeddb/auto';
