import { describe, expect, it } from 'vitest';
import { checkSnapshot, MAX_DEPTH } from './checkSnapshot.js';
import { LISTED_PROBLEMS } from './problem.js';
import { nameProblem } from './sections/entityState.js';
import type { Snapshot } from './snapshot.js';
import { richSnapshot } from './testing/fixtures.js';

/** The problems of the rich fixture after `mutate`. */
function problemsAfter(mutate: (s: Snapshot) => void) {
  const snapshot = richSnapshot();
  mutate(snapshot);
  return checkSnapshot(snapshot);
}

describe('checkSnapshot: schema', () => {
  it('accepts the rich fixture and an empty project', () => {
    expect(checkSnapshot(richSnapshot())).toEqual([]);
    const empty = richSnapshot();
    Object.assign(empty, {
      componentTree: { nodes: {}, rootIds: [] },
      variables: { entities: {}, ids: [] },
      entityModels: { entities: {}, ids: [] },
      actionFlows: { flows: {}, bindings: [] },
    });
    delete empty.ui;
    delete empty.domainVersions;
    expect(checkSnapshot(empty)).toEqual([]);
  });

  it('refuses a record key that is not an id, even one holding a line break, with its path', () => {
    const records = {
      '/componentTree/nodes': (s: Snapshot) => s.componentTree.nodes,
      '/variables/entities': (s: Snapshot) => s.variables.entities,
      '/entityModels/entities': (s: Snapshot) => s.entityModels.entities,
      '/actionFlows/flows': (s: Snapshot) => s.actionFlows.flows,
    };
    for (const [path, record] of Object.entries(records)) {
      for (const key of ['a\nb', 'a b', '']) {
        const problems = problemsAfter((s) => {
          (record(s) as Record<string, unknown>)[key] = null;
        });
        expect(problems, `${path} ${JSON.stringify(key)}`).toContainEqual({
          path: `${path}/${key}`,
          message: 'This key is not allowed. Keys here are ids: letters, digits, _ and -; 1 to 64 characters.',
        });
      }
    }
  });

  it('refuses what is not an object', () => {
    for (const value of [null, 42, 'text', [richSnapshot()]]) {
      expect(checkSnapshot(value)).toEqual([{ path: '', message: 'A snapshot must be a JSON object.' }]);
    }
  });

  it('reports every schema error at once, each at its path', () => {
    const problems = problemsAfter((s) => {
      s.meta.name = '   ';
      (s.meta as { createdAt: string }).createdAt = 'yesterday';
      (s.componentTree.nodes.title as { type: string }).type = 'not a type';
      s.componentTree.rootIds[0] = '../etc';
      delete (s.variables.entities['v-name'] as Partial<Snapshot['variables']['entities'][string]>).type;
    });
    expect(problems.map((p) => p.path)).toEqual([
      '/meta/name',
      '/meta/createdAt',
      '/componentTree/nodes/title/type',
      '/componentTree/rootIds/0',
      '/variables/entities/v-name/type',
    ]);
    expect(problems[0]?.message).toBe('Expected a name that is not blank.');
    expect(problems[3]?.message).toMatch(/^Expected letters, digits/);
    expect(problems[4]?.message).toBe('This property is required.');
  });

  it('points into the matching kind of a nested flow step', () => {
    const problems = problemsAfter((s) => {
      const ifStep = s.actionFlows.flows['flow-greet']?.steps[1] as { thenSteps: { message?: unknown }[] };
      (ifStep.thenSteps[0] as { message?: unknown }).message = 42;
    });
    expect(problems).toEqual([
      { path: '/actionFlows/flows/flow-greet/steps/1/thenSteps/0/message', message: 'Expected string.' },
    ]);
  });

  it('names the allowed kinds when a step kind is unknown', () => {
    const problems = problemsAfter((s) => {
      (s.actionFlows.flows['flow-greet']?.steps[2] as { kind: string }).kind = 'teleport';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('/actionFlows/flows/flow-greet/steps/2');
    expect(problems[0]?.message).toContain('"navigate"');
  });

  it('lists the allowed values of an enumeration', () => {
    const problems = problemsAfter((s) => {
      (s.variables.entities['v-name'] as { type: string }).type = 'date';
    });
    expect(problems).toEqual([
      { path: '/variables/entities/v-name/type', message: 'Expected one of "string", "number", "boolean", "object", "array".' },
    ]);
  });

  it('refuses unknown properties inside a section but keeps unknown top-level sections', () => {
    expect(problemsAfter((s) => Object.assign(s.componentTree.nodes.page as object, { colour: 'red' }))).toEqual([
      { path: '/componentTree/nodes/page/colour', message: 'This property is not allowed here.' },
    ]);
    expect(problemsAfter((s) => Object.assign(s, { analytics: { anything: [1, 2, 3] } }))).toEqual([]);
  });

  it('names the file version and the build version when schemaVersion is newer', () => {
    expect(problemsAfter((s) => Object.assign(s, { schemaVersion: 99 }))).toEqual([
      { path: '/schemaVersion', message: 'Snapshot version 99 is not version 1, the one this build reads.' },
    ]);
  });

  it('leaves a section of a newer domain version to its own domain', () => {
    const problems = problemsAfter((s) => {
      s.domainVersions = { entityModels: 2 };
      Object.assign(s, { entityModels: { tables: ['a format this build does not know'] } });
    });
    expect(problems).toEqual([]);
  });

  it('requires the meta id and dates unless checking a draft', () => {
    const draft = richSnapshot() as { meta: Partial<Snapshot['meta']> };
    delete draft.meta.id;
    delete draft.meta.createdAt;
    delete draft.meta.updatedAt;
    expect(checkSnapshot(draft, { draft: true })).toEqual([]);
    expect(checkSnapshot(draft).map((p) => p.path)).toEqual(['/meta/id', '/meta/createdAt', '/meta/updatedAt']);
  });

  it('refuses a document nested too deep without overflowing the stack', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const problems = problemsAfter((s) => Object.assign(s, { extra: deep }));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe(`The document is nested deeper than ${MAX_DEPTH} levels.`);
    expect(problems[0]?.path).toBe(`/extra${'/0'.repeat(MAX_DEPTH - 1)}`);
  });

  describe('refuses a free-form value nested too deep wherever the schema lets one be', () => {
    const nested = (levels: number): unknown => {
      let value: unknown = 'bottom';
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    const places: [string, (s: Snapshot, value: unknown) => void, string][] = [
      [
        'a node prop',
        (s, v) => Object.assign(s.componentTree.nodes.title?.props ?? {}, { content: v }),
        '/componentTree/nodes/title/props/content',
      ],
      ['a panel of the ui', (s, v) => Object.assign(s, { ui: { panels: { tree: v } } }), '/ui/panels/tree'],
      ['a panel under a key with a line break', (s, v) => Object.assign(s, { ui: { panels: { 'a\nb': v } } }), '/ui/panels/a\nb'],
      [
        'the section of a newer domain',
        (s, v) => Object.assign(s, { variables: { v }, domainVersions: { variables: 2 } }),
        '/variables/v',
      ],
    ];
    it.each(places)('%s', (_, put, at) => {
      // `levels` arrays put at `at` reach MAX_DEPTH when the innermost lies at depth(at) + levels - 1.
      const tooDeep = MAX_DEPTH - (at.split('/').length - 1) + 1;
      expect(problemsAfter((s) => put(s, nested(tooDeep - 1)))).not.toContainEqual(
        expect.objectContaining({ message: expect.stringMatching(/nested deeper/) }),
      );
      expect(problemsAfter((s) => put(s, nested(tooDeep)))).toEqual([
        { path: `${at}${'/0'.repeat(tooDeep - 1)}`, message: `The document is nested deeper than ${MAX_DEPTH} levels.` },
      ]);
    });
  });
});

describe('checkSnapshot: integrity', () => {
  const cases: [string, (s: Snapshot) => void, { path: string; message: string }][] = [
    [
      'ids lists an id that is not in entities',
      (s) => s.variables.ids.push('v-ghost'),
      { path: '/variables/ids/5', message: 'No variable with id "v-ghost" in entities.' },
    ],
    [
      'ids lists an id twice',
      (s) => s.entityModels.ids.push('m-order'),
      { path: '/entityModels/ids/2', message: 'The model id "m-order" is listed twice.' },
    ],
    [
      'an entity is missing from ids',
      (s) => s.variables.ids.pop(),
      { path: '/variables/entities/v-tags', message: 'The variable "v-tags" is missing from ids.' },
    ],
    [
      "an entity's id differs from its key",
      (s) => Object.assign(s.entityModels.entities['m-order'] as object, { id: 'm-other' }),
      { path: '/entityModels/entities/m-order/id', message: 'The model id "m-other" does not match its key "m-order".' },
    ],
    [
      "a node's id differs from its key",
      (s) => Object.assign(s.componentTree.nodes.footer as object, { id: 'foot' }),
      { path: '/componentTree/nodes/footer/id', message: 'The node id "foot" does not match its key "footer".' },
    ],
    [
      'a child that does not exist',
      (s) => s.componentTree.nodes.page?.children.push('ghost'),
      { path: '/componentTree/nodes/page/children/2', message: 'No node with id "ghost".' },
    ],
    [
      'a root that does not exist',
      (s) => s.componentTree.rootIds.push('ghost'),
      { path: '/componentTree/rootIds/2', message: 'No node with id "ghost".' },
    ],
    [
      'a parentId that does not exist',
      (s) => Object.assign(s.componentTree.nodes.footer as object, { parentId: 'ghost' }),
      { path: '/componentTree/nodes/footer/parentId', message: 'The parent "ghost" does not exist.' },
    ],
    [
      'a parentId that disagrees with the parent',
      (s) => Object.assign(s.componentTree.nodes.title as object, { parentId: 'footer' }),
      { path: '/componentTree/nodes/title/parentId', message: 'The parentId should be "page".' },
    ],
    [
      'a cycle',
      (s) => {
        Object.assign(s.componentTree.nodes.title as object, { type: 'Container', props: {} });
        s.componentTree.nodes.title?.children.push('page');
      },
      { path: '/componentTree/nodes/title/children/0', message: 'The node "page" contains itself (a cycle).' },
    ],
    [
      'a node reachable twice',
      (s) => {
        Object.assign(s.componentTree.nodes.greet as object, { type: 'Container', props: {} });
        s.actionFlows.bindings = [];
        s.componentTree.nodes.greet?.children.push('title');
      },
      { path: '/componentTree/nodes/greet/children/0', message: 'The node "title" is reachable twice.' },
    ],
    [
      'a node not reachable from the roots',
      (s) => s.componentTree.rootIds.pop(),
      { path: '/componentTree/nodes/footer', message: 'The node "footer" is not reachable from rootIds.' },
    ],
    [
      'a binding to a node that does not exist',
      (s) => Object.assign(s.actionFlows.bindings[0] as object, { nodeId: 'ghost' }),
      { path: '/actionFlows/bindings/0/nodeId', message: 'No component node with id "ghost".' },
    ],
    [
      'a binding to a flow that does not exist',
      (s) => Object.assign(s.actionFlows.bindings[0] as object, { flowId: 'flow-ghost' }),
      { path: '/actionFlows/bindings/0/flowId', message: 'No flow with id "flow-ghost".' },
    ],
    [
      'two variables with one name',
      (s) => Object.assign(s.variables.entities['v-tags'] as object, { name: 'count' }),
      { path: '/variables/entities/v-tags/name', message: 'Another variable is already named "count".' },
    ],
    [
      'a default value of the wrong type',
      (s) => Object.assign(s.variables.entities['v-count'] as object, { defaultValue: 'zero' }),
      { path: '/variables/entities/v-count/defaultValue', message: 'The default value is not a number.' },
    ],
    [
      'a run-time value for a variable that does not exist',
      (s) => Object.assign(s.variables, { values: { 'v-ghost': 1 } }),
      { path: '/variables/values/v-ghost', message: 'No variable with id "v-ghost".' },
    ],
    [
      'two fields of a model with one name',
      (s) => Object.assign(s.entityModels.entities['m-order']?.fields[1] as object, { name: 'customer' }),
      {
        path: '/entityModels/entities/m-order/fields/1/name',
        message: 'Another field of this model is already named "customer".',
      },
    ],
    [
      'a step id used twice in a flow',
      (s) => Object.assign(s.actionFlows.flows['flow-greet']?.steps[2] as object, { id: 's3' }),
      { path: '/actionFlows/flows/flow-greet/steps/2/id', message: 'The step id "s3" is used twice in this flow.' },
    ],
  ];

  it.each(cases)('finds %s', (_name, mutate, expected) => {
    expect(problemsAfter(mutate)).toEqual([expected]);
  });

  it('finds every problem at once', () => {
    const independent = [0, 1, 3, 4, 5, 12, 14].map((i) => cases[i] as (typeof cases)[number]);
    const problems = problemsAfter((s) => {
      for (const [, mutate] of independent) mutate(s);
    });
    expect(problems).toHaveLength(independent.length);
    expect(problems).toEqual(expect.arrayContaining(independent.map(([, , expected]) => expected)));
  });

  it('names a cycle that is detached from the roots', () => {
    const problems = problemsAfter((s) => {
      s.componentTree.nodes.a = { id: 'a', type: 'Container', props: {}, children: ['b'], parentId: 'b' };
      s.componentTree.nodes.b = { id: 'b', type: 'Container', props: {}, children: ['a'], parentId: 'a' };
    });
    expect(problems).toEqual([
      { path: '/componentTree/nodes/a', message: 'The node "a" is not reachable from rootIds.' },
      { path: '/componentTree/nodes/b/children/0', message: 'The node "a" contains itself (a cycle).' },
    ]);
  });

  it('names an id listed twice by one parent, even when as many nodes as there are were reached', () => {
    // The second "title" makes up, in a count, for "footer", no longer a root.
    const problems = problemsAfter((s) => {
      s.componentTree.nodes.page?.children.push('title');
      s.componentTree.rootIds.pop();
    });
    expect(problems).toEqual([
      { path: '/componentTree/nodes/page/children/2', message: 'The node "title" is reachable twice.' },
      { path: '/componentTree/nodes/footer', message: 'The node "footer" is not reachable from rootIds.' },
    ]);
  });

  it('names a root listed twice among many, even when as many nodes as there are were reached', () => {
    const problems = problemsAfter((s) => {
      for (let i = 0; i < 20; i++) {
        s.componentTree.nodes[`extra-${i}`] = { id: `extra-${i}`, type: 'Text', props: {}, children: [], parentId: null };
        // "extra-0" is left out, and the second "footer" makes up for it in a count.
        if (i > 0) s.componentTree.rootIds.push(`extra-${i}`);
      }
      s.componentTree.rootIds.push('footer');
    });
    expect(problems).toEqual([
      { path: '/componentTree/rootIds/21', message: 'The node "footer" is reachable twice.' },
      { path: '/componentTree/nodes/extra-0', message: 'The node "extra-0" is not reachable from rootIds.' },
    ]);
  });

  it('checks a tree 50,000 levels deep without overflowing the stack', () => {
    const snapshot = richSnapshot();
    const nodes: Snapshot['componentTree']['nodes'] = {};
    const depth = 50_000;
    for (let i = 0; i < depth; i++) {
      nodes[`n${i}`] = {
        id: `n${i}`,
        type: 'Container',
        props: {},
        children: i + 1 < depth ? [`n${i + 1}`] : [],
        parentId: i ? `n${i - 1}` : null,
      };
    }
    snapshot.componentTree = { nodes, rootIds: ['n0'] };
    snapshot.actionFlows.bindings = [];
    delete snapshot.ui;
    expect(checkSnapshot(snapshot)).toEqual([]);
  });
});

describe('nameProblem', () => {
  it('explains a name that is not an identifier or is taken, as checkSnapshot would refuse it', () => {
    expect(nameProblem('count', ['userName'], 'variable')).toBeUndefined();
    expect(nameProblem('count', ['count'], 'variable')).toBe('Another variable is already named "count".');
    expect(nameProblem('2fast', [], 'model')).toMatch(/^Use letters/);
    expect(nameProblem('a'.repeat(65), [], 'model')).toMatch(/^Use letters/);
  });
});

describe('checkSnapshot: the component catalogue', () => {
  it('refuses unknown types, props that do not fit, children a type does not take, and events it does not emit', () => {
    const problems = problemsAfter((s) => {
      Object.assign(s.componentTree.nodes.footer as object, { type: 'Marquee' });
      Object.assign(s.componentTree.nodes.page?.props as object, { gap: -4, colour: 'red' });
      Object.assign(s.componentTree.nodes.title?.props as object, { variant: 'shouting' });
      s.componentTree.nodes.greet?.children.push('footer');
      Object.assign(s.componentTree.nodes.footer as object, { parentId: 'greet' });
      s.componentTree.rootIds = ['page'];
      Object.assign(s.actionFlows.bindings[0] as object, { event: 'hover' });
    });
    expect(problems).toEqual([
      { path: '/componentTree/nodes/page/props/colour', message: 'This property is not allowed here.' },
      { path: '/componentTree/nodes/page/props/gap', message: 'Expected pixels, 0 to 200.' },
      { path: '/componentTree/nodes/title/props/variant', message: 'Expected one of "heading", "subheading", "body".' },
      { path: '/componentTree/nodes/greet/children', message: 'A Button takes no children.' },
      {
        path: '/componentTree/nodes/footer/type',
        message: expect.stringMatching(/^Unknown component type "Marquee"; expected one of Container, Text/),
      },
      { path: '/actionFlows/bindings/0/event', message: 'A Button does not emit "hover"; it emits click.' },
    ]);
  });
});

describe('checkSnapshot: the component catalogue, one problem in an otherwise sound tree', () => {
  // A sound tree is answered by one walk that also checks each node against the catalogue: each problem alone
  // must still be found there.
  it.each<[string, (s: Snapshot) => void, { path: string; message: unknown }]>([
    [
      'an unknown type',
      (s) => Object.assign(s.componentTree.nodes.footer as object, { type: 'Marquee' }),
      { path: '/componentTree/nodes/footer/type', message: expect.stringMatching(/^Unknown component type "Marquee"/) },
    ],
    [
      'props that do not fit',
      (s) => Object.assign(s.componentTree.nodes.title?.props as object, { variant: 'shouting' }),
      { path: '/componentTree/nodes/title/props/variant', message: 'Expected one of "heading", "subheading", "body".' },
    ],
    [
      'a child of a type that takes none',
      (s) => {
        s.componentTree.nodes.greet?.children.push('footer');
        Object.assign(s.componentTree.nodes.footer as object, { parentId: 'greet' });
        s.componentTree.rootIds = ['page'];
      },
      { path: '/componentTree/nodes/greet/children', message: 'A Button takes no children.' },
    ],
  ])('%s', (_, change, problem) => {
    expect(problemsAfter(change)).toEqual([problem]);
  });
});

describe('checkSnapshot: freeze', () => {
  /** Every object and array in a value. */
  const containers = (root: unknown): object[] => {
    const found: object[] = [];
    const pending = [root];
    while (pending.length > 0) {
      const value = pending.pop();
      if (typeof value !== 'object' || value === null) continue;
      found.push(value);
      pending.push(...Object.values(value));
    }
    return found;
  };
  /** The rich fixture with free-form values, a section of a newer domain and a key of an unknown one. */
  const withEverything = () =>
    Object.assign(richSnapshot(), {
      ui: { selectedNodeId: 'title', panels: { tree: { open: ['root', { at: [1, 2] }] } } },
      entityModels: { kept: [{ as: 'it is' }] },
      domainVersions: { entityModels: 2 },
      charts: { series: [[1, 2], { x: {} }] },
    });

  it('freezes every object and array of a valid document in the same pass, kept and free-form values too', () => {
    const snapshot = withEverything();
    expect(checkSnapshot(snapshot, { freeze: true })).toEqual([]);
    expect(containers(snapshot).length).toBeGreaterThan(50);
    expect(containers(snapshot).filter((value) => !Object.isFrozen(value))).toEqual([]);
  });

  it('changes nothing without it', () => {
    const snapshot = withEverything();
    expect(checkSnapshot(snapshot)).toEqual([]);
    expect(containers(snapshot).filter((value) => Object.isFrozen(value))).toEqual([]);
  });
});

describe('checkSnapshot: references of a section its schema refuses', () => {
  it('lists a dangling root, child and parent beside a structural problem of the same tree', () => {
    const problems = problemsAfter((s) => {
      s.componentTree.rootIds.push('ghost');
      s.componentTree.nodes.page?.children.push('phantom');
      Object.assign(s.componentTree.nodes.footer as object, { parentId: 'nowhere', name: 42 });
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: '/componentTree/nodes/footer/name', message: 'Expected string.' },
        { path: '/componentTree/rootIds/2', message: 'No node with id "ghost".' },
        { path: '/componentTree/nodes/page/children/2', message: 'No node with id "phantom".' },
        { path: '/componentTree/nodes/footer/parentId', message: 'The parent "nowhere" does not exist.' },
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('lists a binding to no flow beside a structural problem of the flows', () => {
    const problems = problemsAfter((s) => {
      const binding = s.actionFlows.bindings[0];
      if (binding) binding.flowId = 'ghost-flow';
      Object.assign(s.actionFlows, { extra: true });
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: '/actionFlows/extra', message: 'This property is not allowed here.' },
        { path: '/actionFlows/bindings/0/flowId', message: 'No flow with id "ghost-flow".' },
      ]),
    );
  });

  it('reads a broken tree defensively: nothing to point at, nothing reported beyond the schema', () => {
    const problems = problemsAfter((s) => {
      Object.assign(s.componentTree, { nodes: [], rootIds: 'page' });
    });
    expect(problems.every((p) => p.path.startsWith('/componentTree/') && !p.message.startsWith('No node'))).toBe(true);
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('checkSnapshot: a document with very many problems', () => {
  const cut = LISTED_PROBLEMS + 1;

  it('stops one past the listed problems, whichever check finds them, keeping the first in document order', () => {
    const ghosts = (count: number) => Array.from({ length: count }, (_, i) => `ghost${i}`);
    const cases: [string, (s: Snapshot) => void, string][] = [
      // Integrity of a section that fits its schema.
      ['dangling roots', (s) => s.componentTree.rootIds.push(...ghosts(50_000)), '/componentTree/rootIds/'],
      ['variables missing from entities', (s) => s.variables.ids.push(...ghosts(50_000)), '/variables/ids/'],
      // The schema's own errors.
      ['ids that are not strings', (s) => (s.variables.ids as unknown[]).push(...Array(50_000).fill(7)), '/variables/ids/'],
      // References of a section the schema refused.
      [
        'dangling roots of a refused tree',
        (s) => {
          s.componentTree.rootIds.push(...ghosts(50_000));
          (s.componentTree as unknown as Record<string, unknown>).extra = true;
        },
        '/componentTree/rootIds/',
      ],
    ];
    for (const [name, mutate, prefix] of cases) {
      const problems = problemsAfter(mutate);
      expect(problems, name).toHaveLength(cut);
      expect(problems.filter((p) => p.path.startsWith(prefix)).length, name).toBeGreaterThanOrEqual(LISTED_PROBLEMS);
    }
  });

  it('still names every problem of a document with fewer than that', () => {
    const problems = problemsAfter((s) => s.componentTree.rootIds.push(...Array.from({ length: 60 }, (_, i) => `ghost${i}`)));
    expect(problems).toHaveLength(60);
    expect(problems.at(-1)?.message).toBe('No node with id "ghost59".');
  });
});
