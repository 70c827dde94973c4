import { CONTRACT_VERSION, type DomainModule, emptySections, type SectionMigration } from '@psb/contracts';
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

const NoEditor = () => null;

/**
 * A domain for tests whose state is its section: `changed` replaces it as an edit would.
 * Its key is one of the snapshot's sections, so documents stay valid.
 */
export function sectionDomain(
  key: keyof ReturnType<typeof emptySections>,
  options: { version?: number; migrations?: Record<number, SectionMigration>; hydrateThrows?: boolean } = {},
) {
  const slice = createSlice({
    name: key,
    reducerPath: key,
    initialState: emptySections()[key] as unknown,
    reducers: {
      hydrated: (_state, action: PayloadAction<unknown>) => {
        if (options.hydrateThrows) throw new Error(`${key} cannot read this`);
        return action.payload;
      },
      changed: (_state, action: PayloadAction<unknown>) => action.payload,
    },
  });
  const domain: DomainModule = {
    key,
    title: key,
    contractVersion: CONTRACT_VERSION,
    version: options.version ?? 1,
    ...(options.migrations ? { migrations: options.migrations } : {}),
    slice,
    hydrateFromSnapshot: slice.actions.hydrated,
    selectSnapshot: (state) => state,
    emptySection: () => emptySections()[key],
    Editor: NoEditor,
  };
  return { domain, changed: slice.actions.changed };
}
