import { type ActionFlowsSection, type ComponentTree, type VariableUse, variableUses } from '@psb/contracts';

/** Where a variable is used, and which domains could not be looked at. */
export interface VariableUsage {
  uses: VariableUse[];
  /** The sections that were not available (their editor not loaded), said for people: "the component tree". */
  unchecked: string[];
}

/** The uses of `variable` in the other domains' sections, either of which may be missing. */
export function usageOf(
  variable: { id: string; name: string },
  sections: { componentTree: ComponentTree | undefined; actionFlows: ActionFlowsSection | undefined },
): VariableUsage {
  return {
    uses: variableUses(variable, sections),
    unchecked: [...(sections.componentTree ? [] : ['the component tree']), ...(sections.actionFlows ? [] : ['the action flows'])],
  };
}

/** Deleting or renaming asks first when something uses the variable, or when we could not look everywhere. */
export const needsConfirmation = (usage: VariableUsage): boolean => usage.uses.length > 0 || usage.unchecked.length > 0;
