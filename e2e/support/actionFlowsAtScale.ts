import { richSnapshot } from '@psb/contracts/testing';

/**
 * A 10,000-node project for actionFlowsAtScale.spec.ts, shaped like bench's generated one (sections of a heading, a
 * button and paragraphs), with 2,000 flows and a binding for each of its 500 buttons: what a real team's project
 * holds, more than the generated project's 200 flows and 10 bindings.
 */
export const FLOWS = 2_000;
export const SECTIONS = 500;

export function bigFlowsProject() {
  const nodes: Record<string, object> = {};
  const rootIds: string[] = [];
  const bindings = [];
  for (let s = 0; s < SECTIONS; s++) {
    const children: string[] = [];
    const child = (id: string, node: object) => {
      nodes[id] = { id, children: [], parentId: `s${s}`, ...node };
      children.push(id);
    };
    child(`h${s}`, { type: 'Text', props: { content: `Section ${s}`, variant: 'heading' } });
    child(`b${s}`, { type: 'Button', props: { label: `Continue ${s}`, variant: 'primary' } });
    for (let p = 0; p < 17; p++) child(`p${s}-${p}`, { type: 'Text', props: { content: `Paragraph ${s}.${p}` } });
    nodes[`s${s}`] = { id: `s${s}`, type: 'Container', name: `Section ${s}`, props: {}, children, parentId: null };
    rootIds.push(`s${s}`);
    bindings.push({ id: `binding${s}`, nodeId: `b${s}`, event: 'click', flowId: `f${s}` });
  }
  const flows: Record<string, object> = {};
  for (let i = 0; i < FLOWS; i++) {
    flows[`f${i}`] = { id: `f${i}`, name: `Flow ${i}`, steps: [{ id: 's1', kind: 'navigate', url: `/to/${i}` }] };
  }
  return {
    ...richSnapshot(),
    componentTree: { nodes, rootIds },
    actionFlows: { flows, bindings },
    ui: {},
    meta: { name: 'Many flows' },
  };
}
