import { describe, expect, it } from 'vitest';
import { ApiRequestError, NetworkError } from '../api/projectsApi.js';
import type { Attempt, DocumentFailure } from './failures.js';
import { keptName, tell, toldKept, toldOffer, toldTime } from './tell.js';

const offline: DocumentFailure = { kind: 'request', error: new NetworkError(new TypeError('Failed to fetch')) };
const answered = (status: number, message: string, details?: { path: string; message: string }[]): DocumentFailure => ({
  kind: 'request',
  error: new ApiRequestError(status, { statusCode: status, error: 'Error', message, ...(details ? { details } : {}) }),
});
const problems = [{ path: '/componentTree/rootIds/2', message: 'No node with id "ghost".' }];
const SAVES: Attempt[] = [{ to: 'save' }, { to: 'saveAs', name: 'Second draft' }, { to: 'resolveConflict' }];

describe('tell: a request that failed', () => {
  it('names the missing project when opening one that is not there', () => {
    expect(tell(answered(404, 'No project with id "p9".'), { to: 'open', id: 'p9' })).toEqual({
      how: 'toast',
      message: 'The project could not be opened: There is no project with id "p9".',
      offerExport: false,
      reason: 'There is no project with id "p9".',
    });
  });

  it('passes on what the server said, for opening, listing, creating and deleting', () => {
    const failure = answered(500, 'The server failed to handle this request; nothing was changed.');
    const said = 'The server failed to handle this request; nothing was changed.';
    const told = (attempt: Attempt) => {
      const telling = tell(failure, attempt);
      return telling.how === 'toast' && telling.message;
    };
    expect(told({ to: 'open', id: 'p1' })).toBe(`The project could not be opened: ${said}`);
    expect(told({ to: 'list' })).toBe(`The projects could not be listed: ${said}`);
    expect(told({ to: 'create' })).toBe(`A new project could not be created: ${said}`);
    expect(told({ to: 'delete' })).toBe(`The project could not be moved to the trash: ${said}`);
    expect(told({ to: 'import', chars: 10 })).toBe(`The file could not be imported: ${said}`);
  });

  it('says a save offline keeps the changes, and offers Export, in the terms of each kind of save', () => {
    const messages = SAVES.map((attempt) => tell(offline, attempt));
    for (const told of messages) expect(told).toMatchObject({ how: 'toast', offerExport: true });
    expect(messages.map((told) => told.how === 'toast' && told.message)).toEqual([
      'Your changes could not be saved: the server cannot be reached. They are kept in this tab; Export downloads them as a file.',
      '“Second draft” could not be saved: the server cannot be reached. They are kept in this tab; Export downloads them as a file.',
      'The conflict could not be resolved: the server cannot be reached. They are kept in this tab; Export downloads them as a file.',
    ]);
  });

  it('ends each sentence of a failed save with one full stop', () => {
    const told = tell({ kind: 'request', error: new Error('Loading chunk 742 failed.') }, { to: 'save' });
    expect(told.how === 'toast' && told.message).toBe(
      'Your changes could not be saved: Loading chunk 742 failed. They are kept in this tab; Export downloads them as a file.',
    );
  });

  it('asks how to resolve a conflict when someone else saved first', () => {
    for (const attempt of SAVES) expect(tell(answered(412, 'stale'), attempt)).toMatchObject({ dialog: { kind: 'conflict' } });
  });

  it('lists the problems the server found in a save or in an imported file', () => {
    expect(tell(answered(400, 'Invalid body (1 problems).', problems), { to: 'save' })).toMatchObject({
      dialog: { kind: 'problems', title: 'The server refused this save', problems },
    });
    expect(tell(answered(400, 'Invalid body (1 problems).', problems), { to: 'import', chars: 10 })).toMatchObject({
      dialog: { kind: 'problems', title: 'The server refused this file', problems },
    });
  });

  it('says a project or a file is too large, with the file’s size', () => {
    expect(tell(answered(413, 'Too large'), { to: 'save' })).toMatchObject({
      dialog: {
        kind: 'refused',
        title: 'This project is too large to save',
        message: 'It is more than the server stores in one project. Export keeps it as a file.',
      },
    });
    expect(tell(answered(413, 'Too large'), { to: 'import', chars: 20 * 1024 * 1024 })).toMatchObject({
      dialog: {
        kind: 'refused',
        title: 'This file is too large',
        message: 'It is 20.0 MB, more than the server stores in one project.',
      },
    });
  });
});

describe('tell: a document that cannot be taken', () => {
  const open: Attempt = { to: 'open' };

  it('calls a document from the server a project and one to import a file', () => {
    const message = 'This file is snapshot version 99; this editor reads up to version 1. Open it with a newer editor.';
    expect(tell({ kind: 'tooNew', from: 'server', message }, open)).toMatchObject({
      dialog: { kind: 'refused', title: 'This project is too new for this editor', message },
    });
    expect(tell({ kind: 'tooNew', from: 'file', message }, open)).toMatchObject({
      dialog: { title: 'This file is too new for this editor' },
    });
    expect(tell({ kind: 'notUpgradable', from: 'server', message: 'm' }, open)).toMatchObject({
      dialog: { title: 'This project could not be upgraded', message: 'm' },
    });
    expect(tell({ kind: 'notUpgradable', from: 'file', message: 'm' }, open)).toMatchObject({
      dialog: { title: 'This file could not be upgraded' },
    });
  });

  it('titles a problem list by where the invalid document came from', () => {
    const titles = (['server', 'file', 'editor'] as const).map((from) => {
      const told = tell({ kind: 'invalid', from, problems }, open);
      return told.how === 'dialog' && told.dialog.kind === 'problems' && told.dialog.title;
    });
    expect(titles).toEqual([
      'This project cannot be opened: it is invalid',
      'This file cannot be imported',
      'This project cannot be saved: it is invalid',
    ]);
  });

  it('says which editor, not loaded, kept its part of the project as opened, and what to do', () => {
    const told = tell({ kind: 'invalid', from: 'editor', problems, notLoaded: ['Action flows'] }, open);
    expect(told).toMatchObject({
      how: 'dialog',
      dialog: { kind: 'problems', title: 'This project cannot be saved: it is invalid' },
    });
    expect(told.how === 'dialog' && told.dialog.kind === 'problems' && told.dialog.hint).toBe(
      'Kept as opened, as its editor is not loaded: Action flows. Load it with Retry in its panel, mend there what the problems name (remove the binding of a deleted component, say), then save.',
    );
    const plain = tell({ kind: 'invalid', from: 'editor', problems }, open);
    expect(plain.how === 'dialog' && plain.dialog.kind === 'problems' && plain.dialog.hint).toBeUndefined();
  });

  it('names the editor that could not read a project', () => {
    expect(tell({ kind: 'unreadable', editor: 'Variables', error: new Error('bad section') }, open)).toMatchObject({
      dialog: {
        kind: 'refused',
        title: 'This project cannot be opened',
        message: 'The Variables editor could not read it: bad section',
      },
    });
  });

  it('explains in its panel why an editor that loaded late keeps its section as it is', () => {
    expect(tell({ kind: 'sectionTooNew', editor: 'Variables', found: 3, supported: 1 }, open)).toEqual({
      how: 'panel',
      reason: "This project's Variables section is version 3; this editor reads up to 1. It is kept as it is.",
    });
    expect(tell({ kind: 'sectionUnreadable', editor: 'Variables', error: new Error('No migration.') }, open)).toEqual({
      how: 'panel',
      reason: "It could not read this project's Variables section: No migration. It is kept as it is.",
    });
  });
});

describe('the copies a conflict keeps', () => {
  it('are named after the project, saying whose they are', () => {
    expect(keptName('Portal', 'copy')).toBe('Portal (copy)');
    expect(keptName('Portal', 'mine')).toBe('Portal (my changes)');
    expect(toldKept('mine', 'Portal (my changes)')).toBe('Your changes were kept as the project “Portal (my changes)”.');
  });

  it('say that an overwritten version stays in the history, not in a project of its own', () => {
    expect(toldKept('theirs')).toBe('Their version is kept in the project’s history.');
  });
});

describe('tell: versions and the trash', () => {
  it('refuses a restore over a version someone else saved since, saying nothing was restored', () => {
    expect(tell(answered(412, 'stale'), { to: 'restoreVersion' })).toMatchObject({
      how: 'dialog',
      dialog: { kind: 'refused', title: 'Someone else saved this project first' },
    });
  });

  it('says a version that is no longer kept is gone, and a project whose id is taken again cannot come back', () => {
    expect(tell(answered(404, 'No such revision.'), { to: 'readVersion' })).toMatchObject({
      message: 'This version could not be read: It is no longer kept.',
    });
    expect(tell(answered(409, 'Conflict.'), { to: 'restoreFromTrash', name: 'Portal' })).toMatchObject({
      message: '“Portal” could not be restored: a project with its id exists again.',
    });
  });
});

describe('tell: changes kept in this browser', () => {
  it('offers them with the time they were kept: the hour today, the day too before', () => {
    const keptAt = new Date(2026, 11, 5, 14, 32).toISOString();
    expect(toldOffer(keptAt, new Date(2026, 11, 5, 18, 0))).toBe('Unsaved changes from 14:32 were kept in this browser');
    expect(toldTime(keptAt, new Date(2026, 11, 7, 9, 0))).toMatch(/^5 Dec|^Dec 5/);
    expect(toldTime(keptAt, new Date(2026, 11, 7, 9, 0))).toMatch(/14:32$/);
  });

  it('leads changes made on a version the server no longer has to the conflict’s choices', () => {
    expect(tell({ kind: 'changedSinceKept' }, { to: 'restore' })).toMatchObject({
      how: 'dialog',
      dialog: { kind: 'conflict', since: 'kept' },
    });
  });

  it('says once why they could not be kept, and that Save or Export keeps them', () => {
    const full = Object.assign(new Error('Quota exceeded.'), { name: 'QuotaExceededError' });
    expect(tell({ kind: 'notKept', error: full }, { to: 'keep' })).toMatchObject({
      how: 'toast',
      offerExport: true,
      message:
        "Your changes cannot be kept in this browser: the browser's storage for this site is full. The editor works as before; Save or Export keeps them.",
    });
  });

  it('titles kept changes that cannot be restored', () => {
    const told = tell({ kind: 'invalid', from: 'kept', problems }, { to: 'restore' });
    expect(told).toMatchObject({ dialog: { title: 'The changes kept in this browser cannot be restored: they are invalid' } });
  });

  it('tells nothing new when an automatic retry still finds the server out of reach', () => {
    expect(tell(offline, { to: 'save', again: true })).toMatchObject({ how: 'status' });
    expect(tell(answered(412, 'stale'), { to: 'save', again: true })).toMatchObject({ dialog: { kind: 'conflict' } });
  });
});
