import { checkSnapshot, snapshotForEditor } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { openDocument } from './openDocument.js';
import { exportFileName, serializeSnapshot } from './serializeSnapshot.js';
import { tell } from './tell.js';

const check = checkSnapshot;
/** The variables domain at version 2: its section gained `values`, empty for a version 1 section. */
const variablesV2 = { version: 2, migrations: { 1: (section: object) => ({ ...section, values: {} }) } };

/** What a person is told about a document that cannot be opened or imported: the dialog's title and message. */
function toldAbout(opening: ReturnType<typeof openDocument>) {
  if (opening.ok) throw new Error('the document opened');
  return tell(opening.failure, { to: 'open' });
}

describe('openDocument: a stored project', () => {
  it('opens a version 1 project, its sections upgraded to the editors loaded now, frozen', () => {
    const opening = openDocument({ value: richSnapshot() }, 'server', { formats: { variables: variablesV2 }, check });
    expect(opening.ok).toBe(true);
    if (!opening.ok) return;
    expect(opening.snapshot.variables).toEqual({ ...richSnapshot().variables, values: {} });
    expect(opening.snapshot.domainVersions).toMatchObject({ variables: 2 });
    expect(Object.isFrozen(opening.snapshot.componentTree.nodes)).toBe(true);
  });

  it('lists every problem of an invalid stored project', () => {
    const stored = richSnapshot();
    stored.componentTree.rootIds.push('ghost');
    const told = toldAbout(openDocument({ value: stored }, 'server', { formats: {}, check }));
    expect(told).toMatchObject({
      how: 'dialog',
      dialog: { kind: 'problems', title: 'This project cannot be opened: it is invalid' },
    });
    expect(told.how === 'dialog' && told.dialog.kind === 'problems' && told.dialog.problems.map((p) => p.path)).toEqual([
      '/componentTree/rootIds/2',
    ]);
  });

  it('refuses a project newer than this editor, calling it a project', () => {
    const told = toldAbout(openDocument({ value: { ...richSnapshot(), schemaVersion: 99 } }, 'server', { formats: {}, check }));
    expect(told).toMatchObject({ dialog: { kind: 'refused', title: 'This project is too new for this editor' } });
  });

  it('refuses a project whose section cannot be upgraded, naming the section and version', () => {
    const missing = { version: 3, migrations: { 1: (s: object) => s } };
    const told = toldAbout(openDocument({ value: richSnapshot() }, 'server', { formats: { variables: missing }, check }));
    expect(told).toMatchObject({
      dialog: {
        kind: 'refused',
        title: 'This project could not be upgraded',
        message: 'The "variables" section could not be upgraded from version 2: no migration from version 2 to 3',
      },
    });
  });

  it('times each step it takes with the timer it is given', () => {
    const steps: string[] = [];
    openDocument({ value: richSnapshot() }, 'server', {
      formats: {},
      check,
      time: (step, run) => {
        steps.push(step);
        return run();
      },
    });
    expect(steps).toEqual(['migrate', 'check', 'convert']);
  });
});

describe('openDocument: a file to import', () => {
  const read = (text: string) => openDocument({ text }, 'file', { formats: {}, check });

  it("reads back what Export wrote, in the editors' form", () => {
    expect(read(serializeSnapshot(richSnapshot()))).toEqual({ ok: true, snapshot: snapshotForEditor(richSnapshot()) });
  });

  it('says a file is not JSON', () => {
    expect(toldAbout(read('\u0089PNG\r\n\u001a\n binary'))).toMatchObject({
      dialog: { kind: 'refused', title: 'This file is not JSON', message: expect.stringMatching(/^It cannot be read as JSON: /) },
    });
  });

  it('refuses a newer snapshot naming both versions, calling it a file', () => {
    expect(toldAbout(read(JSON.stringify({ ...richSnapshot(), schemaVersion: 99 })))).toMatchObject({
      dialog: {
        kind: 'refused',
        title: 'This file is too new for this editor',
        message: 'This file is snapshot version 99; this editor reads up to version 1. Open it with a newer editor.',
      },
    });
  });

  it('lists every problem of an invalid snapshot', () => {
    const snapshot = richSnapshot();
    snapshot.componentTree.rootIds.push('ghost');
    (snapshot.variables.entities['v-count'] as { defaultValue: unknown }).defaultValue = 'many';
    snapshot.meta.name = '';
    const told = toldAbout(read(JSON.stringify(snapshot)));
    expect(told).toMatchObject({ dialog: { kind: 'problems', title: 'This file cannot be imported' } });
    expect(told.how === 'dialog' && told.dialog.kind === 'problems' && told.dialog.problems.map((p) => p.path)).toEqual([
      '/meta/name',
      '/componentTree/rootIds/2',
      '/variables/entities/v-count/defaultValue',
    ]);
  });

  it('refuses keys that could change the editor itself, wherever they are', () => {
    const proto = toldAbout(read(`{"schemaVersion":1,"meta":{"name":"x","__proto__":{"admin":true}}}`));
    expect(proto).toMatchObject({
      dialog: {
        title: 'This file cannot be imported',
        message: 'It holds a "__proto__" key at /meta, which no snapshot has: it could change how the editor itself behaves.',
      },
    });
    const ctor = toldAbout(read(JSON.stringify({ ...richSnapshot(), analytics: { constructor: { prototype: { x: 1 } } } })));
    expect(ctor).toMatchObject({ dialog: { message: expect.stringContaining('"constructor.prototype" key at /analytics') } });
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
  });

  it('accepts a hand-written file without the meta the server assigns, which a stored project must have', () => {
    const { meta, ...rest } = richSnapshot();
    const text = JSON.stringify({ ...rest, meta: { name: meta.name } });
    expect(read(text).ok).toBe(true);
    expect(openDocument({ value: JSON.parse(text) }, 'server', { formats: {}, check }).ok).toBe(false);
  });
});

describe('exportFileName', () => {
  it('names the file after the project, safely', () => {
    expect(exportFileName('Customer portal')).toBe('Customer portal.snapshot.json');
    expect(exportFileName('a/b:c*?')).toBe('a-b-c-.snapshot.json');
    expect(exportFileName('   ')).toBe('project.snapshot.json');
  });
});
