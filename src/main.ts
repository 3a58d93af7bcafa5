import { mount } from 'svelte';
import App from './app/App.svelte';
import { Workbench } from './app/workbench.svelte';
import { migrateStoredDocument } from './app/stored-documents';
import { ChangeChannel, WorkbenchDatabase, WorkbookRepository, requestPersistentStorage } from './storage';
import './ui/shared/global.css';

const database = new WorkbenchDatabase(migrateStoredDocument);
const channel = new ChangeChannel();
const repository = new WorkbookRepository(database, (data) => {
  // Documents were validated when they came in; here they only need to be current.
  const migrated = migrateStoredDocument(data);
  return migrated === undefined
    ? { ok: false, message: 'it was saved in a format this version cannot read.' }
    : { ok: true, workbook: migrated };
});
const workbench = new Workbench(repository, channel);

void requestPersistentStorage().then((state) => workbench.setPersistence(state));

mount(App, { target: document.getElementById('app')!, props: { workbench } });
