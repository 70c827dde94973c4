import { type EditorSnapshot, type Problem, type ProjectMeta, type Snapshot, type SnapshotUi, sectionsOf } from '@psb/contracts';
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export type SaveState = 'idle' | 'saving' | 'offline';

/** The one blocking dialog the document may be showing. */
export type DocumentDialog =
  /** `since: 'kept'`: kept changes being restored are based on a version the server no longer has. */
  | { kind: 'conflict'; since?: 'kept' }
  /** `hint`: what the person can do about them, where there is something. */
  | { kind: 'problems'; title: string; problems: Problem[]; hint?: string }
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
  /** Whether the changes are kept in this browser (a local draft): written, or could not be. */
  draft: 'none' | 'kept' | 'failed';
  /** Changes kept in this browser when the project was opened, offered to restore or discard. */
  offer: { keptAt: string } | null;
  /**
   * Opened from the changes kept in this browser while the server could not be reached, or restored with sections
   * no loaded editor holds: not all of it is known to be stored, so it differs from the saved version until a save
   * succeeds.
   */
  fromDraft: boolean;
  /**
   * Whether the person changed the document since it was opened (an editor's action, a rename, undo, kept changes
   * restored). A difference they did not make, a section upgraded by an editor that loaded late, is saved with the
   * next save they ask for or cause, never on its own: drafts and autosave wait for an edit.
   */
  edited: boolean;
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
  draft: 'none',
  offer: null,
  fromDraft: false,
  edited: false,
};

export const documentSlice = createSlice({
  name: 'document',
  initialState,
  reducers: {
    opening(state) {
      if (state.status !== 'open') state.status = 'opening';
    },
    /**
     * A stored snapshot is now the open document, and the domains hold its sections (`domainStates`). `offer`: changes
     * kept in this browser to offer; `fromDraft`: the snapshot is those changes, opened while the server was out of reach.
     */
    opened(
      _state,
      {
        payload,
      }: PayloadAction<{
        snapshot: EditorSnapshot;
        etag: string;
        domainStates: DomainStates;
        offer?: { keptAt: string };
        fromDraft?: boolean;
      }>,
    ) {
      const { snapshot, etag, offer, fromDraft = false } = payload;
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
        offer: offer ?? null,
        ...(fromDraft ? { fromDraft, edited: true, save: 'offline' as const, draft: 'kept' as const } : {}),
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
      state.edited = true;
    },
    /** Undo or redo gave back the name and these domains' states (`domainStates`) as they were around a step. */
    restored(state, { payload }: PayloadAction<{ name: string; domainStates: DomainStates }>) {
      state.meta.name = payload.name;
      state.edited = true;
    },
    /**
     * The changes kept in this browser are back in the domains (`domainStates`) and the name, on the baseline as
     * loaded; `etag` is the version they were made on, so a save over a version changed since is a conflict.
     */
    draftRestored(
      state,
      {
        payload,
      }: PayloadAction<{
        snapshot: EditorSnapshot;
        etag: string;
        domainStates: DomainStates;
        /** Restored sections no ready domain holds, kept in the document until saved, and their versions. */
        kept?: { sections: Record<string, unknown>; versions: Record<string, number> };
      }>,
    ) {
      const { name, description } = payload.snapshot.meta;
      if (payload.kept && Object.keys(payload.kept.sections).length > 0) {
        Object.assign(state.sections, payload.kept.sections);
        Object.assign(state.versions, payload.kept.versions);
        // Not the loaded version any more, and not stored: different until saved, whatever their domain says.
        state.fromDraft = true;
      }
      state.meta.name = name;
      if (description === undefined) delete state.meta.description;
      else state.meta.description = description;
      state.ui = payload.snapshot.ui ?? {};
      state.etag = payload.etag;
      state.offer = null;
      state.edited = true;
    },
    draftDiscarded(state) {
      state.offer = null;
    },
    draftKept(state) {
      state.draft = 'kept';
    },
    draftFailed(state) {
      state.draft = 'failed';
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
      state.fromDraft = false;
      // The writer removes the draft of a saved document; a failed browser storage stays failed.
      if (state.draft === 'kept') state.draft = 'none';
    },
    /**
     * An older version was restored on the server: the stored result is the new baseline and the open document, and
     * the domains hold it (`domainStates`). Unlike `opened`, the undo history records it as one step (`label`), so
     * Undo brings back the document as it was before, as unsaved changes.
     */
    versionRestored(
      state,
      { payload }: PayloadAction<{ snapshot: EditorSnapshot; etag: string; domainStates: DomainStates; label: string }>,
    ) {
      const { snapshot, etag } = payload;
      const { id, ...meta } = snapshot.meta;
      state.id = id;
      state.etag = etag;
      state.meta = meta;
      state.savedMeta = { name: meta.name, ...(meta.description === undefined ? {} : { description: meta.description }) };
      state.sections = sectionsOf(snapshot);
      state.versions = { ...snapshot.domainVersions };
      state.ui = snapshot.ui ?? {};
      state.save = 'idle';
      state.fromDraft = false;
      state.offer = null;
      if (state.draft === 'kept') state.draft = 'none';
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
  extraReducers: (builder) => {
    // Every other slice's action but the remotes' is an editor's: a person's edit, or a selection, which is no
    // difference from the saved version (dirty stays a comparison; this only says who could have made one).
    builder.addMatcher(
      (action) => !action.type.startsWith('document/') && !action.type.startsWith('remotes/'),
      (state) => {
        if (!state.edited) state.edited = true;
      },
    );
  },
});

export const documentActions = documentSlice.actions;
