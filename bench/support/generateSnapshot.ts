import type { ComponentNode, EntityModel, Flow, Snapshot, Variable } from '@psb/contracts';

/**
 * A valid project of exactly `nodeCount` components, shaped like a real page: pages of sections, each with
 * a heading, a row of controls, paragraphs and a list, nested up to five deep. Variables, models and flows
 * grow in proportion (one variable per 20 nodes, one model of six fields per 100, one flow per 50); one button
 * in 50 sections (one per 1,000 nodes) runs a flow: a real page binds few of its buttons, and each binding is a
 * row of pickers in the flows editor. `data` sets other counts of variables and models (a team's real data model).
 * Deterministic: the same arguments give the same bytes.
 */
export function generateSnapshot(nodeCount: number, name = `Generated ${nodeCount} nodes`, data?: DataModel): Snapshot {
  const variables = generateVariables(data?.variables ?? Math.max(5, Math.round(nodeCount / 20)));
  const flows = generateFlows(Math.max(2, Math.round(nodeCount / 50)), variables);
  const tree = new TreeBuilder(nodeCount, variables, Object.keys(flows));
  tree.build();
  const firstText = Object.values(tree.nodes).find((n) => n.type === 'Text');
  return {
    schemaVersion: 1,
    meta: {
      id: `bench-${nodeCount}`,
      name,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    componentTree: { nodes: tree.nodes, rootIds: tree.rootIds },
    variables: {
      ids: variables.map((v) => v.id),
      entities: Object.fromEntries(variables.map((v) => [v.id, v])),
      values: Object.fromEntries(variables.filter((v) => v.type === 'number').map((v) => [v.id, 1])),
    },
    entityModels: generateModels(data?.models ?? Math.max(2, Math.round(nodeCount / 100)), data?.fieldsPerModel),
    actionFlows: { flows, bindings: tree.bindings },
    ui: firstText ? { selectedNodeId: firstText.id } : {},
    domainVersions: { componentTree: 1, variables: 1, entityModels: 1, actionFlows: 1 },
  };
}

/** Counts of the data model, where they differ from the generator's proportions. */
export interface DataModel {
  variables: number;
  models: number;
  /** At most six, the kinds the generator knows. */
  fieldsPerModel: number;
}

/** The node count whose generated snapshot serialises (compact) closest to `bytes`. */
export function nodeCountForBytes(bytes: number): number {
  const sample = 1000;
  const perNode = JSON.stringify(generateSnapshot(sample)).length / sample;
  return Math.max(1, Math.round(bytes / perNode));
}

const DEFAULTS: Record<Variable['type'], unknown> = {
  string: 'Ada Lovelace',
  number: 42,
  boolean: true,
  object: { tier: 'gold', since: 2021 },
  array: ['first', 'second', 'third'],
};

function generateVariables(count: number): Variable[] {
  const types = Object.keys(DEFAULTS) as Variable['type'][];
  return Array.from({ length: count }, (_, i) => {
    const type = types[i % types.length] as Variable['type'];
    return {
      id: `v${i}`,
      name: `${type}Value${i}`,
      type,
      defaultValue: DEFAULTS[type],
      ...(i % 4 === 0 ? { description: `What the page shows as ${type} number ${i}.` } : {}),
    };
  });
}

function generateModels(count: number, fieldsPerModel = 6) {
  const fields = (i: number): EntityModel['fields'] => [
    { id: `m${i}-name`, name: 'name', type: 'string', required: true },
    { id: `m${i}-count`, name: 'count', type: 'number', required: false },
    { id: `m${i}-active`, name: 'active', type: 'boolean', required: false },
    { id: `m${i}-created`, name: 'createdAt', type: 'date', required: true },
    { id: `m${i}-tier`, name: 'tier', type: 'enum', values: ['gold', 'silver', 'bronze'], required: false },
    { id: `m${i}-owner`, name: 'owner', type: 'reference', modelId: `m${Math.max(0, i - 1)}`, required: false },
  ];
  const models: EntityModel[] = Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    name: `Model${i}`,
    fields: fields(i).slice(0, fieldsPerModel),
  }));
  return { ids: models.map((m) => m.id), entities: Object.fromEntries(models.map((m) => [m.id, m])) };
}

function generateFlows(count: number, variables: Variable[]): Record<string, Flow> {
  const numberVar = (i: number) => variables.filter((v) => v.type === 'number')[i % 3]?.id ?? 'v1';
  const flows: Record<string, Flow> = {};
  for (let i = 0; i < count; i++) {
    const counter = numberVar(i);
    flows[`f${i}`] = {
      id: `f${i}`,
      name: `Flow ${i}`,
      steps: [
        { id: 's1', kind: 'setVariable', variableId: counter, value: '{{numberValue1 + 1}}' },
        {
          id: 's2',
          kind: 'if',
          variableId: counter,
          comparison: '>',
          value: '3',
          thenSteps: [{ id: 's3', kind: 'showToast', message: 'Thanks, {{stringValue0}}' }],
          elseSteps: [{ id: 's4', kind: 'request', method: 'POST', url: '/api/events', body: '{"n": {{numberValue1}}}' }],
        },
        { id: 's5', kind: 'navigate', url: `/done/${i}` },
      ],
    };
  }
  return flows;
}

const SECTIONS_PER_PAGE = 10;
const PARAGRAPHS_PER_SECTION = 10;
/** One section in this many has its button bound to a flow. */
const BOUND_EVERY = 50;

/** Adds nodes depth first until the budget is spent; a node always joins a parent that exists, so any cut is valid. */
class TreeBuilder {
  readonly nodes: Record<string, ComponentNode> = {};
  readonly rootIds: string[] = [];
  readonly bindings: Snapshot['actionFlows']['bindings'] = [];
  #next = 0;
  readonly #stringVars: Variable[];
  readonly #arrayVars: Variable[];

  constructor(
    readonly budget: number,
    variables: Variable[],
    readonly flowIds: string[],
  ) {
    this.#stringVars = variables.filter((v) => v.type === 'string');
    this.#arrayVars = variables.filter((v) => v.type === 'array');
  }

  build() {
    for (let page = 0; this.#next < this.budget; page++) {
      const pageId = this.#add(null, 'Container', { direction: 'column', gap: 16, padding: 24 }, `Page ${page}`);
      for (let s = 0; s < SECTIONS_PER_PAGE && this.#next < this.budget; s++) this.#section(pageId, page * SECTIONS_PER_PAGE + s);
    }
  }

  #section(parentId: string | null, index: number) {
    const section = this.#add(parentId, 'Container', { gap: 8 }, `Section ${index}`);
    const variable = this.#stringVars[index % this.#stringVars.length]?.name ?? 'stringValue0';
    this.#add(section, 'Text', { content: `Section ${index}: welcome, {{${variable}}}`, variant: 'heading' });
    const row = this.#add(section, 'Container', { direction: 'row', gap: 4 });
    const button = this.#add(row, 'Button', { label: `Continue ${index}`, variant: 'primary' });
    if (index % BOUND_EVERY === 0) this.#bind(button, 'click', index);
    this.#add(row, 'Input', { label: 'Your name', placeholder: 'Ada', variable: this.#stringVars[0]?.id ?? 'v0' });
    this.#add(row, 'Image', { src: `/images/${index}.png`, alt: `Picture ${index}` });
    for (let p = 0; p < PARAGRAPHS_PER_SECTION; p++) {
      this.#add(section, 'Text', { content: `Paragraph ${index}.${p} tells {{${variable}}} about part ${p}.` });
    }
    const list = this.#add(section, 'List', { items: this.#arrayVars[index % this.#arrayVars.length]?.id ?? 'v4' });
    const item = this.#add(list, 'Container', { direction: 'row' });
    this.#add(item, 'Text', { content: '{{item}}' });
    this.#add(item, 'Text', { content: `in list ${index}`, variant: 'subheading' });
  }

  /** The new node's id; when the budget is spent, nothing is added and the id points nowhere (its children are skipped). */
  #add(parentId: string | null, type: string, props: Record<string, unknown>, name?: string): string {
    const id = `n${this.#next}`;
    if (this.#next >= this.budget || (parentId !== null && !this.nodes[parentId])) return id;
    this.#next++;
    this.nodes[id] = { id, type, ...(name ? { name } : {}), props, children: [], parentId };
    if (parentId === null) this.rootIds.push(id);
    else this.nodes[parentId]?.children.push(id);
    return id;
  }

  #bind(nodeId: string, event: string, index: number) {
    // index / BOUND_EVERY: consecutive bindings run different flows.
    if (!this.nodes[nodeId] || this.flowIds.length === 0) return;
    this.bindings.push({
      id: `b${this.bindings.length}`,
      nodeId,
      event,
      flowId: this.flowIds[Math.floor(index / BOUND_EVERY) % this.flowIds.length] as string,
    });
  }
}
