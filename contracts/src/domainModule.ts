import type { Reducer, UnknownAction } from '@reduxjs/toolkit';
import type { ComponentType } from 'react';
import type { DomainKey } from './envelope.js';
import type { DomainServices } from './services.js';
import type { SnapshotUi } from './snapshot.js';

/** The version of this contract. A remote states the one it was built against; the host accepts a range. */
export const CONTRACT_VERSION = '2.0.0';

/**
 * Turns a section of format version N into version N + 1. Pure; throws on a section it cannot read.
 * Its parameter is typed by each domain (`never` here accepts any such function).
 */
export type SectionMigration = (section: never) => unknown;

/** What the host offers every domain editor. */
export interface HostApi {
  /**
   * Another domain's section as Save would store it now, read from the store's state: how a domain
   * reads others without importing them. Undefined only before a project is open.
   */
  selectSection(state: unknown, key: DomainKey): unknown;
  /** The services the loaded domains offer (e.g. the flow runtime). */
  services: DomainServices;
}

/** One step of the host's undo history, in words. Since contract 1.1.0. */
export interface StepDescription {
  /** What the step did, said after "Undo" or "Redo" on the buttons: "Add Button", "Rename variable". */
  label: string;
  /**
   * Steps in a row with the same `group`, each within a second of the last, are one step: a burst of typing in
   * one field, say `rename:<id>`. Without it, only steps of the same action type and label are joined.
   */
  group?: string;
  /** For a removal that takes more than it shows, what the host tells with an Undo: "Deleted Container and 3 children". */
  removed?: string;
}

/** What the host passes to every domain editor. */
export interface DomainEditorProps {
  host: HostApi;
}

/**
 * What a federated remote's `./domain` module exports by default.
 * The host owns the one store: it injects `slice` at `slice.reducerPath` (which equals `key`).
 */
export interface DomainModule<State = unknown, Section = unknown> {
  /** The snapshot section the domain owns, and its reducer path. */
  key: string;
  title: string;
  /** Semver of the contract the remote was built against (CONTRACT_VERSION at build time). */
  contractVersion: string;
  /** The format version of the section this build writes. */
  version: number;
  slice: { name: string; reducerPath: string; reducer: Reducer<State> };
  /** An action that replaces the whole slice state with the section's content (and its part of the editing state). */
  hydrateFromSnapshot(section: Section, ui?: SnapshotUi): UnknownAction;
  /** The section to save, from the slice state. Pure, and memoized so that equal state gives the same object. */
  selectSnapshot(state: State): Section;
  /** Its part of the snapshot's editing state (e.g. the selected node), saved in `ui`; not a change to the page. */
  selectUi?(state: State): Partial<SnapshotUi>;
  /** Services it offers the other domains through the host. */
  services?: DomainServices;
  emptySection(): Section;
  /** `migrations[n]` turns version n into n + 1. */
  migrations?: Record<number, SectionMigration>;
  /**
   * Words for the step an action made to this domain's section, `before` and `after` being its slice states
   * around the action. Optional (since contract 1.1.0): without it, the host names the step "Edit in <title>".
   * Undo itself is the host's: it keeps every domain's state before each step and gives it back.
   */
  describeStep?(action: UnknownAction, before: State, after: State): StepDescription | undefined;
  /**
   * Words for what differs between two saved versions of this domain's section (`selectSnapshot` output, as in a
   * snapshot), for the version history: short phrases such as "+3 components" or "variable count renamed to total",
   * empty when they are equal. Pure, and quick on big sections. Optional (since contract 1.2.0): without it, the host
   * says "<title> changed".
   */
  describeChanges?(before: Section, after: Section): string[];
  /** Its main place: in the host's left sidebar for the component tree, in the dock for the others. */
  Editor: ComponentType<DomainEditorProps>;
  /**
   * Optional (since contract 1.1.0): a second place, the host's inspector beside the canvas, for what is selected in
   * this domain. It shares the domain's slice with `Editor`. Without it, the domain shows in one place.
   */
  Inspector?: ComponentType<DomainEditorProps>;
}
