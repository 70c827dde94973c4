import { checkSnapshot } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from './readSnapshotFile.js';
import { exportFileName, serializeSnapshot } from './serializeSnapshot.js';

describe('readSnapshotFile', () => {
  it('reads back what Export wrote', () => {
    const reading = readSnapshotFile(serializeSnapshot(richSnapshot()), {}, checkSnapshot);
    expect(reading).toEqual({ kind: 'ok', snapshot: { ...richSnapshot() } });
  });

  it('says a file is not JSON', () => {
    const reading = readSnapshotFile('\u0089PNG\r\n\u001a\n binary', {}, checkSnapshot);
    expect(reading).toMatchObject({ kind: 'refused', title: 'This file is not JSON' });
  });

  it('refuses a newer snapshot naming both versions', () => {
    const reading = readSnapshotFile(JSON.stringify({ ...richSnapshot(), schemaVersion: 99 }), {}, checkSnapshot);
    expect(reading).toEqual({
      kind: 'refused',
      title: 'This file is too new for this editor',
      message: 'This file is snapshot version 99; this editor reads up to version 1. Open it with a newer editor.',
    });
  });

  it('lists every problem of an invalid snapshot', () => {
    const snapshot = richSnapshot();
    snapshot.componentTree.rootIds.push('ghost');
    (snapshot.variables.entities['v-count'] as { defaultValue: unknown }).defaultValue = 'many';
    snapshot.meta.name = '';
    const reading = readSnapshotFile(JSON.stringify(snapshot), {}, checkSnapshot);
    expect(reading.kind === 'invalid' && reading.problems.map((p) => p.path)).toEqual([
      '/meta/name',
      '/componentTree/rootIds/2',
      '/variables/entities/v-count/defaultValue',
    ]);
  });

  it('refuses keys that could change the editor itself, wherever they are', () => {
    const proto = readSnapshotFile(`{"schemaVersion":1,"meta":{"name":"x","__proto__":{"admin":true}}}`, {}, checkSnapshot);
    expect(proto).toMatchObject({ kind: 'refused', message: expect.stringContaining('"__proto__" key at /meta') });
    const ctor = readSnapshotFile(
      JSON.stringify({ ...richSnapshot(), analytics: { constructor: { prototype: { x: 1 } } } }),
      {},
      checkSnapshot,
    );
    expect(ctor).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('"constructor.prototype" key at /analytics'),
    });
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
  });

  it('accepts a hand-written file without the meta the server assigns', () => {
    const { meta, ...rest } = richSnapshot();
    expect(readSnapshotFile(JSON.stringify({ ...rest, meta: { name: meta.name } }), {}, checkSnapshot).kind).toBe('ok');
  });
});

describe('exportFileName', () => {
  it('names the file after the project, safely', () => {
    expect(exportFileName('Customer portal')).toBe('Customer portal.snapshot.json');
    expect(exportFileName('a/b:c*?')).toBe('a-b-c-.snapshot.json');
    expect(exportFileName('   ')).toBe('project.snapshot.json');
  });
});
