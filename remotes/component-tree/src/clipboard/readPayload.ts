// The check of pasted components: the sections' schemas (TypeBox) and integrity rules. Loaded when something is
// pasted, not with the editor.
import {
  actionFlowsFormat,
  actionFlowsSection,
  type Binding,
  type ComponentTreeSection,
  componentSpec,
  componentTreeFormat,
  componentTreeSection,
  schemaProblems,
} from '@psb/contracts';
import type { TSchema } from '@sinclair/typebox';
import { type ClipboardPayload, type MarkedPayload, markedPayload } from './payload.js';

export type PayloadReading = { payload: ClipboardPayload } | { problem: string };

/**
 * What clipboard text holds: our components, checked (`payload`); something marked as ours that cannot be pasted,
 * and why (`problem`, said to the person); or undefined for anything else, plain text say, which is not ours to
 * handle. The text is untrusted: it is checked by the sections' own schemas and integrity rules, so that what is
 * pasted could have been saved.
 */
export function readPayload(text: string): PayloadReading | undefined {
  const marked = markedPayload(text);
  return marked && checkedPayload(marked);
}

/** Components marked as ours, checked: the payload, or why it cannot be pasted. */
export function checkedPayload({ value, forbidden }: MarkedPayload): PayloadReading {
  const problem = (reason: string) => ({ problem: `Nothing was pasted: ${reason}` });
  if (forbidden) return problem('the copied components hold a "__proto__" key.');
  const { versions, rootId, nodes, bindings } = value;
  const ours = { componentTree: componentTreeFormat.version, actionFlows: actionFlowsFormat.version };
  if (versions?.componentTree !== ours.componentTree || versions?.actionFlows !== ours.actionFlows) {
    return problem(
      `they were copied from an editor of another version (component tree format ${String(versions?.componentTree)}, ` +
        `action flows format ${String(versions?.actionFlows)}; this one reads ${ours.componentTree} and ${ours.actionFlows}).`,
    );
  }
  const tree = { nodes, rootIds: [rootId] };
  const treeProblem =
    sectionProblem(tree, componentTreeSection) ?? componentTreeSection.integrity(tree as ComponentTreeSection, {})[0];
  if (treeProblem) return problem(`the copied components are not valid (${withoutStop(treeProblem.message)}).`);
  const bindingProblem =
    sectionProblem({ flows: {}, bindings }, actionFlowsSection) ??
    bindingsProblem(tree as ComponentTreeSection, bindings as Binding[]);
  if (bindingProblem) return problem(`a copied binding is not valid (${withoutStop(bindingProblem.message)}).`);
  return { payload: value as ClipboardPayload };
}

const withoutStop = (message: string) => message.replace(/\.$/, '');

/** The first way `section` does not fit the schema of `definition` (the generated check first, as a document's). */
function sectionProblem(section: unknown, definition: { fits: (value: unknown, depth: number) => boolean; schema: TSchema }) {
  // At depth 1, as a document holds its sections: what fits here fits a saved project.
  if (definition.fits(section, 1)) return undefined;
  return schemaProblems(definition.schema, section)[0] ?? { message: 'it is nested too deeply' };
}

/** The first binding that does not point at a copied node, or names an event its component does not emit. */
function bindingsProblem(tree: ComponentTreeSection, bindings: Binding[]): { message: string } | undefined {
  for (const binding of bindings) {
    const node = Object.hasOwn(tree.nodes, binding.nodeId) ? tree.nodes[binding.nodeId] : undefined;
    if (!node) return { message: `no copied component has the id "${binding.nodeId}"` };
    if (!componentSpec(node.type)?.events.includes(binding.event)) {
      return { message: `a ${node.type} does not emit "${binding.event}"` };
    }
  }
  return undefined;
}
