import { useId } from 'react';
import './windowing.css';

const number = new Intl.NumberFormat('en');

/**
 * A search box above a long list: it filters as one types, says how many match ("12 of 2,000"), Enter or
 * ArrowDown move into the results, Escape clears it.
 */
export function SearchBox(props: {
  label: string;
  query: string;
  shown: number;
  total: number;
  noun: string;
  listId: string;
  onQuery: (query: string) => void;
  onEnterResults: () => void;
}) {
  const countId = useId();
  const { query, shown, total } = props;
  const count = query === '' ? `${number.format(total)} ${props.noun}` : `${number.format(shown)} of ${number.format(total)}`;
  return (
    <div className="psb-search">
      <input
        type="search"
        aria-label={props.label}
        aria-controls={props.listId}
        aria-describedby={countId}
        placeholder={props.label}
        value={query}
        onChange={(event) => props.onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'ArrowDown') {
            event.preventDefault();
            if (shown > 0) props.onEnterResults();
          } else if (event.key === 'Escape' && query !== '') {
            event.preventDefault();
            props.onQuery('');
          }
        }}
      />
      <output id={countId} className="psb-muted" aria-live="polite">
        {count}
      </output>
    </div>
  );
}
