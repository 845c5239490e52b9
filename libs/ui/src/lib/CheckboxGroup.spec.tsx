import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { CheckboxGroup } from './CheckboxGroup';
import { filterStatus, visibleOptions } from './checkbox-filter';

const events = Array.from({ length: 500 }, (_, i) => ({ value: `e${i + 1}`, label: i % 2 === 0 ? `Checkpoint shift ${i + 1}` : `Briefing ${i + 1}` }));
const NOUN = ['event', 'events'] as const;

describe('visibleOptions', () => {
  it('shows every chosen option, then at most `shown` unchosen matches in order, and counts all matches', () => {
    const result = visibleOptions(events, ['e500', 'e2'], '', 3);
    expect(result.options.map((o) => o.value)).toEqual(['e1', 'e2', 'e3', 'e4', 'e500']);
    expect(result.matching).toBe(498);
  });

  it('matches part of a label in any case, trimmed; a chosen option stays whatever the query', () => {
    const result = visibleOptions(events, ['e1'], '  BRIEFING 2 ', 20);
    expect(result.options.map((o) => o.label)).toEqual(['Checkpoint shift 1', 'Briefing 2', 'Briefing 20', 'Briefing 22', 'Briefing 24', 'Briefing 26', 'Briefing 28', 'Briefing 200', 'Briefing 202', 'Briefing 204', 'Briefing 206', 'Briefing 208', 'Briefing 210', 'Briefing 212', 'Briefing 214', 'Briefing 216', 'Briefing 218', 'Briefing 220', 'Briefing 222', 'Briefing 224', 'Briefing 226']);
    expect(result.matching).toBe(56);
    expect(visibleOptions(events, [], 'nothing like this', 20)).toEqual({ options: [], matching: 0 });
  });
});

describe('filterStatus', () => {
  it('says how many are shown of how many, or that none match', () => {
    expect(filterStatus(498, 20, '', NOUN)).toBe('Showing 20 of 498 other events: type part of a title to find the rest.');
    expect(filterStatus(56, 20, 'briefing 2', NOUN)).toBe('Showing 20 of 56 events that match “briefing 2”: type more to narrow.');
    expect(filterStatus(1, 20, 'x', NOUN)).toBe('1 event matches “x”.');
    expect(filterStatus(3, 20, 'brief', NOUN)).toBe('3 events match “brief”.');
    expect(filterStatus(15, 20, '', NOUN)).toBe('Showing all 15 other events.');
    expect(filterStatus(0, 20, 'zzz', NOUN)).toBe('No other events match “zzz”.');
  });
});

function Picker({ count, initial = [] as string[] }: { count: number; initial?: string[] }) {
  const [value, setValue] = useState<string[]>(initial);
  return (
    <form
      onSubmit={(e) => e.preventDefault()}
    >
      <CheckboxGroup id="deps" legend="Depends on" options={events.slice(0, count)} value={value} onChange={setValue} filter={{ label: 'Find an event by title', noun: NOUN }} />
    </form>
  );
}

describe('CheckboxGroup with a find box', () => {
  it('offers no find box for a short list: every option is a box', () => {
    render(<Picker count={11} />);
    expect(screen.queryByLabelText('Find an event by title')).toBeNull();
    expect(screen.getAllByRole('checkbox')).toHaveLength(11);
  });

  it('for a long list shows 20 boxes and a find box; typing narrows them; a ticked box stays when the query changes', () => {
    render(<Picker count={500} initial={['e499']} />);
    const group = screen.getByRole('group', { name: 'Depends on' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(21);
    expect(screen.getByRole('status').textContent).toBe('Showing 20 of 499 other events: type part of a title to find the rest.');

    fireEvent.change(screen.getByLabelText('Find an event by title'), { target: { value: 'briefing 10' } });
    const found = within(group).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    expect(found).toEqual(['Briefing 10', 'Briefing 100', 'Briefing 102', 'Briefing 104', 'Briefing 106', 'Briefing 108', 'Checkpoint shift 499']);
    fireEvent.click(screen.getByLabelText('Briefing 104'));

    fireEvent.change(screen.getByLabelText('Find an event by title'), { target: { value: 'no such event' } });
    expect(screen.getByRole('status').textContent).toBe('No other events match “no such event”.');
    const kept = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    expect(kept.map((box) => [box.labels?.[0]?.textContent, box.checked])).toEqual([
      ['Briefing 104', true],
      ['Checkpoint shift 499', true],
    ]);
  });

  it('Enter in the find box does not send the form (its default, the implicit submission, is prevented); other keys type', () => {
    render(<Picker count={30} />);
    const find = screen.getByLabelText('Find an event by title');
    // fireEvent returns false when a handler called preventDefault.
    expect(fireEvent.keyDown(find, { key: 'Enter' })).toBe(false);
    expect(fireEvent.keyDown(find, { key: 'a' })).toBe(true);
  });
});
