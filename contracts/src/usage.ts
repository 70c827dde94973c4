import { componentSpec, isTemplateProp } from './catalogue.js';
import { referencedNames } from './expressions/index.js';
import type { ActionFlowsSection, FlowStep } from './sections/actionFlows/section.js';
import { walkSteps } from './sections/actionFlows/steps.js';
import { type ComponentTree, nodesInPageOrder } from './sections/componentTree/format.js';

/** One place that uses a variable, said for people: "Text “Title”, Content". */
export interface VariableUse {
  domain: 'componentTree' | 'actionFlows';
  /** JSON Pointer of the place within the snapshot. */
  path: string;
  description: string;
}

const TEMPLATE_FIELDS: Partial<Record<FlowStep['kind'], string[]>> = {
  setVariable: ['value'],
  showToast: ['message'],
  navigate: ['url'],
  request: ['url', 'body'],
  if: ['value'],
};
const ID_FIELDS = ['variableId', 'resultVariableId'] as const;

/**
 * Every component prop and flow step that uses a variable, by its name in `{{…}}` or by its id:
 * what to name before the variable is renamed or deleted, components in the page's order. Reads the public
 * sections only, as the editors hold them.
 */
export function variableUses(
  variable: { id: string; name: string },
  sections: { componentTree?: ComponentTree; actionFlows?: ActionFlowsSection },
): VariableUse[] {
  const uses: VariableUse[] = [];
  for (const node of sections.componentTree ? nodesInPageOrder(sections.componentTree) : []) {
    const spec = componentSpec(node.type);
    for (const [prop, value] of Object.entries(node.props)) {
      const schema = spec?.props.properties[prop];
      if (!schema) continue;
      const byName = isTemplateProp(schema) && typeof value === 'string' && referencedNames(value).includes(variable.name);
      const byId = schema['x-ref'] === 'variable' && value === variable.id;
      if (byName || byId) {
        uses.push({
          domain: 'componentTree',
          path: `/componentTree/nodes/${node.id}/props/${prop}`,
          description: `${node.type} “${node.name ?? node.type}”, ${String(schema.title ?? prop)}`,
        });
      }
    }
  }
  for (const flow of Object.values(sections.actionFlows?.flows ?? {})) {
    for (const { step, path } of walkSteps(flow.steps)) {
      const record = step as unknown as Record<string, unknown>;
      const byId = ID_FIELDS.some((field) => record[field] === variable.id);
      const byName = (TEMPLATE_FIELDS[step.kind] ?? []).some((field) => {
        const text = record[field];
        return typeof text === 'string' && referencedNames(text).includes(variable.name);
      });
      if (byId || byName) {
        uses.push({
          domain: 'actionFlows',
          path: `/actionFlows/flows/${flow.id}/${path.join('/')}`,
          description: `Flow “${flow.name}”, step ${path
            .filter((p) => typeof p === 'number')
            .map((n) => Number(n) + 1)
            .join('.')} (${step.kind})`,
        });
      }
    }
  }
  return uses;
}
