import { propsWithDefaults, renderTemplate } from '@psb/contracts';
import { memo } from 'react';
import { usePreviewTools, useVariableScope } from './previewContext.js';
import { useTreeNode } from './useTree.js';

/** Only addresses that cannot run code: http(s), paths, and images inline. */
const SAFE_SRC = /^(?:https?:\/\/|\/|\.{0,2}\/|data:image\/(?:png|gif|jpe?g|webp);)/i;

/**
 * One component of the page as a visitor would see it; its element carries `data-node-id`, by which the canvas
 * finds what was clicked and where to draw its outline. Every piece of user text becomes a text node:
 * nothing is ever parsed as HTML, whatever the props hold.
 *
 * It re-renders when its own node changes, when the variables or their values change, or when `extra`
 * does (a List's item): never because another node was edited.
 */
export const PreviewNode = memo(NodeView);

/** A Container's box, from its props with their defaults. */
export function containerStyle(props: Readonly<Record<string, unknown>>): React.CSSProperties {
  return {
    flexDirection: props.direction === 'row' ? 'row' : 'column',
    gap: Number(props.gap),
    padding: Number(props.padding),
  };
}

// Not `memo(function PreviewNode…)`: inside it, its own name would be the unmemoised function, and every
// child would re-render with its parent.
function NodeView({ id, extra }: { id: string; extra?: Record<string, unknown> }) {
  const node = useTreeNode(id);
  const { values, emit } = usePreviewTools();
  const scope = useVariableScope();
  if (!node) return null;
  const props = propsWithDefaults(node.type, node.props);
  const lookup = scope.lookup(extra);
  const text = (prop: string) => {
    const rendered = renderTemplate(String(props[prop] ?? ''), lookup);
    return rendered.errors.length > 0 ? (
      <span title={rendered.errors.map((e) => e.message).join('\n')}>{rendered.text}</span>
    ) : (
      rendered.text
    );
  };
  const children = node.children.map((child) => <PreviewNode key={child} id={child} extra={extra} />);

  switch (node.type) {
    case 'Container':
      return (
        <div data-node-id={id} className="preview-container" style={containerStyle(props)}>
          {children}
        </div>
      );
    case 'Text': {
      const Tag = props.variant === 'heading' ? 'h3' : props.variant === 'subheading' ? 'h4' : 'p';
      return (
        <Tag data-node-id={id} className="preview-text">
          {text('content')}
        </Tag>
      );
    }
    case 'Button':
      return (
        <button
          type="button"
          data-node-id={id}
          className={`preview-button preview-${String(props.variant)}`}
          onClick={() => emit(id, 'click')}
        >
          {text('label')}
        </button>
      );
    case 'Input': {
      const variableId = typeof props.variable === 'string' ? props.variable : undefined;
      const value = variableId ? scope.value(variableId) : undefined;
      return (
        <label data-node-id={id} className="preview-input">
          {text('label')}
          <input
            value={value === undefined || value === null ? '' : String(value)}
            placeholder={String(props.placeholder ?? '')}
            onChange={(event) => {
              if (variableId) {
                const type = scope.variables.entities[variableId]?.type;
                const raw = event.target.value;
                values.set(variableId, type === 'number' && raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw);
              }
              emit(id, 'change');
            }}
          />
        </label>
      );
    }
    case 'Image': {
      const src = String(props.src ?? '');
      if (!SAFE_SRC.test(src))
        return (
          <span data-node-id={id} className="preview-muted">
            [image]
          </span>
        );
      // An image a flow can be bound to is clicked as a button, so keyboards reach it too.
      return (
        <button type="button" data-node-id={id} className="preview-image-button" onClick={() => emit(id, 'click')}>
          <img className="preview-image" src={src} alt={String(text('alt'))} />
        </button>
      );
    }
    case 'List': {
      const items = typeof props.items === 'string' ? scope.value(props.items) : undefined;
      const template = node.children[0];
      if (!Array.isArray(items) || !template)
        return (
          <div data-node-id={id} className="preview-muted">
            [list]
          </div>
        );
      return (
        <ul data-node-id={id} className="preview-list">
          {items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items are plain values without identity
            <li key={index}>
              <PreviewNode id={template} extra={{ ...extra, item, index }} />
            </li>
          ))}
        </ul>
      );
    }
    default:
      return (
        <div data-node-id={id} className="preview-muted">
          [{node.type}]
        </div>
      );
  }
}
