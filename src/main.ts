import { mount } from 'svelte';
import App from './app/App.svelte';
import { Workbench } from './app/workbench.svelte';
import { admitStoredDocument, migrateStoredDocument } from './app/stored-documents';
import {
  ChangeChannel,
  WorkbenchDatabase,
  WorkbookRepository,
  holdTabPresence,
  requestPersistentStorage,
} from './storage';
import './ui/shared/global.css';

const database = new WorkbenchDatabase(migrateStoredDocument);
const channel = new ChangeChannel();
const repository = new WorkbookRepository(database, admitStoredDocument);
const workbench = new Workbench(repository, channel, undefined, {
  journalStorage: journalStorage(),
  presence: holdTabPresence(channel.tab),
});

// A browser that refuses IndexedDB (a private window, storage turned off) is told plainly.
database.open().catch((error: unknown) => workbench.setStorageUnavailable(error));
void requestPersistentStorage().then((state) => workbench.setPersistence(state));

mount(App, { target: document.getElementById('app')!, props: { workbench } });

/** localStorage, if the browser allows it here (reading the property can throw). */
function journalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
