import { mount } from 'svelte';
import App from './app/App.svelte';
import { Workbench } from './app/workbench.svelte';
import { admitStoredDocument, migrateStoredDocument } from './app/stored-documents';
import {
  ChangeChannel,
  WorkbenchDatabase,
  WorkbookRepository,
  requestPersistentStorage,
} from './storage';
import './ui/shared/global.css';

const database = new WorkbenchDatabase(migrateStoredDocument);
const channel = new ChangeChannel();
const repository = new WorkbookRepository(database, admitStoredDocument);
const workbench = new Workbench(repository, channel);

void requestPersistentStorage().then((state) => workbench.setPersistence(state));

mount(App, { target: document.getElementById('app')!, props: { workbench } });
