// @vitest-environment happy-dom
import type { Snapshot } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { rootPerTest } from '@psb/contracts/testing/dom';
import { describe, expect, it, vi } from 'vitest';
import { counted } from './counted.js';
import { renderEditor } from './testing/renderEditor.js';

vi.mock('@tanstack/react-virtual', async (real) =>
  (await import('@psb/contracts/testing/roomyVirtualizer')).roomyVirtualizer(await real()),
);

const page = rootPerTest();

describe('the list of flows', () => {
  it('counts steps in words that agree with the number: "1 step", "2 steps", "0 steps"', () => {
    const snapshot: Snapshot = richSnapshot();
    const flows = {
      one: { id: 'one', name: 'One', steps: [{ id: 's1', kind: 'showToast' as const, message: 'Hi' }] },
      two: {
        id: 'two',
        name: 'Two',
        steps: [
          { id: 's1', kind: 'showToast' as const, message: 'Hi' },
          { id: 's2', kind: 'navigate' as const, url: '/' },
        ],
      },
      none: { id: 'none', name: 'None', steps: [] },
    };
    renderEditor(page, snapshot, { flows, bindings: [] });
    const list = page.container.querySelector('[aria-label="Flows"]');
    expect([...(list?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual([
      'One (1 step)',
      'Two (2 steps)',
      'None (0 steps)',
    ]);
  });

  it('counted: singular for exactly one', () => {
    expect([0, 1, 2].map((n) => counted(n, 'step'))).toEqual(['0 steps', '1 step', '2 steps']);
    expect(counted(1, 'child', 'children')).toBe('1 child');
    expect(counted(5, 'child', 'children')).toBe('5 children');
  });
});
