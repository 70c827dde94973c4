import type { EntityModel } from '@psb/contracts';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState } from 'react';
import { FieldRow } from './FieldRow.js';
import { focusWhenDrawn } from './lists/focusWhenDrawn.js';
import { keptRange } from './lists/keptRange.js';
import { SearchBox } from './lists/SearchBox.js';
import { nameMatches } from './selectors.js';

/** A field row's first guess of height (name, type, required, moves); each row is measured once drawn. */
const FIELD_HEIGHT = 76;
/** Fewer fields than this need no search box. */
const SEARCH_FROM = 8;

/**
 * A model's fields, windowed in their own scroll area: a model with 200 fields draws the dozen in view (and the
 * focused one, so that a draft being typed survives scrolling). Long lists get a search by name.
 */
export function FieldList({ model }: { model: EntityModel }) {
  const [query, setQuery] = useState('');
  const fields = useMemo(
    () => (query === '' ? model.fields : model.fields.filter((field) => nameMatches(field.name, query))),
    [model.fields, query],
  );
  const listId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedIndex = focusedId === null ? -1 : fields.findIndex((field) => field.id === focusedId);
  const rangeExtractor = useMemo(() => keptRange(focusedIndex), [focusedIndex]);
  const virtualizer = useVirtualizer({
    count: fields.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => FIELD_HEIGHT,
    getItemKey: (index) => fields[index]?.id ?? index,
    overscan: 2,
    rangeExtractor,
  });
  const focusFirst = () => {
    const first = fields[0];
    if (!first) return;
    setFocusedId(first.id);
    virtualizer.scrollToIndex(0);
    focusWhenDrawn(scroller.current, `[data-field-id="${CSS.escape(first.id)}"] input`);
  };
  return (
    <>
      {model.fields.length >= SEARCH_FROM && (
        <SearchBox
          label={`Search fields of ${model.name}`}
          query={query}
          shown={fields.length}
          total={model.fields.length}
          noun="fields"
          listId={listId}
          onQuery={setQuery}
          onEnterResults={focusFirst}
        />
      )}
      {fields.length === 0 && query !== '' && <p className="psb-muted">No field is named like “{query}”.</p>}
      <div ref={scroller} className="psb-models-fields-scroller">
        <ol
          id={listId}
          aria-label={`Fields of ${model.name}`}
          className="psb-list psb-models-fields psb-models-window"
          style={{ height: virtualizer.getTotalSize() }}
          onFocus={(event) => setFocusedId(event.target.closest<HTMLElement>('[data-field-id]')?.dataset.fieldId ?? null)}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const field = fields[item.index];
            if (!field) return null;
            return (
              <FieldRow
                key={field.id}
                modelId={model.id}
                fieldId={field.id}
                index={model.fields.indexOf(field)}
                isLast={model.fields.at(-1) === field}
                position={item.index + 1}
                setSize={fields.length}
                top={item.start}
                measure={virtualizer.measureElement}
                drawIndex={item.index}
              />
            );
          })}
        </ol>
      </div>
    </>
  );
}
