import { type Problem, type ProjectMeta, type Snapshot, type SnapshotUi, sectionsOf } from '@psb/contracts';
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export type SaveState = 'idle' | 'saving' | 'offline';

/** The one blocking dialog the document may be showing. */
export type DocumentDialog =
  | { kind: 'conflict' }
  | { kind: 'problems'; title: string; problems: Problem[] }
  | { kind: 'refused'; title: string; message: string }
  | { kind: 'saveAs' };

export interface DocumentState {
  status: 'none' | 'opening' | 'open' | 'failed';
  error?: string;
  id?: string;
  etag?: string;
  meta: Omit<ProjectMeta, 'id'> | { name: string; description?: string; createdAt?: string; updatedAt?: string };
  /** Name and description as last loaded or saved. */
  savedMeta: { name: string; description?: string };
  /** Every section as last loaded or saved, by key, including those of domains not loaded and unknown ones. */
  sections: Record<string, unknown>;
  /** The format version of each section in `sections`. */
  versions: Record<string, number>;
  ui: SnapshotUi;
  save: SaveState;
  dialog: DocumentDialog | null;
}

/** What the server stored, `sections` at `domainVersions`, under `meta` and `etag`: the new baseline. */
export interface SavedBaseline {
  meta: ProjectMeta;
  domainVersions: Snapshot['domainVersions'];
  etag: string;
  sections: Record<string, unknown>;
}

/** Domain slice states that an action sets in the same store update as the document it carries. */
export type DomainStates = Record<string, unknown>;

const initialState: DocumentState = {
  status: 'none',
  meta: { name: '' },
  savedMeta: { name: '' },
  sections: {},
  versions: {},
  ui: {},
  save: 'idle',
  dialog: null,
};

export const documentSlice = createSlice({
  name: 'document',
  initialState,
  reducers: {
    opening(state) {
      if (state.status !== 'open') state.status = 'opening';
    },
    /** A stored snapshot is now the open document, and the domains hold its sections (`domainStates`). */
    opened(_state, { payload }: PayloadAction<{ snapshot: Snapshot; etag: string; domainStates: DomainStates }>) {
      const { snapshot, etag } = payload;
      const { id, ...meta } = snapshot.meta;
      return {
        ...initialState,
        status: 'open' as const,
        id,
        etag,
        meta,
        savedMeta: { name: meta.name, ...(meta.description === undefined ? {} : { description: meta.description }) },
        sections: sectionsOf(snapshot),
        versions: { ...snapshot.domainVersions },
        ui: snapshot.ui ?? {},
      };
    },
    openFailed(state, { payload }: PayloadAction<string>) {
      if (state.status === 'opening') state.status = 'failed';
      state.error = payload;
    },
    /** A domain that loaded late now holds its section. */
    domainsHydrated(state, { payload }: PayloadAction<{ domainStates: DomainStates; versions: Record<string, number> }>) {
      Object.assign(state.versions, payload.versions);
    },
    renamed(state, { payload }: PayloadAction<string>) {
      state.meta.name = payload;
    },
    saving(state) {
      state.save = 'saving';
    },
    /** The server stored what was sent, `sections` at `domainVersions`, under `meta`: it is the new baseline. */
    saved(state, { payload }: PayloadAction<SavedBaseline>) {
      const { id, ...meta } = payload.meta;
      state.id = id;
      state.etag = payload.etag;
      state.meta = { ...meta, name: state.meta.name === state.savedMeta.name ? meta.name : state.meta.name };
      state.savedMeta = { name: meta.name, ...(meta.description === undefined ? {} : { description: meta.description }) };
      state.sections = payload.sections;
      state.versions = { ...payload.domainVersions };
      state.save = 'idle';
    },
    saveFailed(state, { payload }: PayloadAction<{ offline: boolean }>) {
      state.save = payload.offline ? 'offline' : 'idle';
    },
    dialogOpened(state, { payload }: PayloadAction<DocumentDialog>) {
      state.dialog = payload;
    },
    dialogClosed(state) {
      state.dialog = null;
    },
  },
});

export const documentActions = documentSlice.actions;
