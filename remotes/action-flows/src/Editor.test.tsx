// @vitest-environment happy-dom
import { rootPerTest } from '@psb/contracts/testing/dom';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderEditor } from './testing/renderEditor.js';

vi.mock('@tanstack/react-virtual', async (real) =>
  (await import('@psb/contracts/testing/roomyVirtualizer')).roomyVirtualizer(await real()),
);

const page = rootPerTest();

const click = (text: string) =>
  act(() => [...page.container.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text))?.click());
/** The open flow's section: its label, and the values of its Name fields (one, when right). */
const detail = () => {
  const sections = [...page.container.querySelectorAll('.psb-flows-detail')];
  const names = sections.flatMap((s) =>
    [...s.querySelectorAll('label.psb-flows-field')]
      .filter((l) => l.firstChild?.textContent === 'Name')
      .map((l) => l.querySelector('input')?.value),
  );
  return { sections: sections.map((s) => s.getAttribute('aria-label')), names };
};

describe('the open flow', () => {
  it('is the flow opened last, alone: its one name field and its steps, none of the flow open before', () => {
    renderEditor(page);
    expect(detail()).toEqual({ sections: ['Flow Greet'], names: ['Greet'] });
    click('Add flow');
    expect(detail()).toEqual({ sections: ['Flow Flow 2'], names: ['Flow 2'] });
    expect(page.container.querySelectorAll('.psb-flows-detail [role="row"]')).toHaveLength(0);
    click('Greet (');
    expect(detail()).toEqual({ sections: ['Flow Greet'], names: ['Greet'] });
    expect(page.container.querySelectorAll('.psb-flows-detail [role="row"]').length).toBeGreaterThan(0);
  });
});
