import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { CHARACTER_COUNT_ANNOUNCE_MS, characterCountMessage } from './CharacterCount';
import { TextField } from './TextField';

function Counted({ max = 20 }: { max?: number }) {
  const [value, setValue] = useState('');
  return <TextField id="what" label="What happened?" hint="In your own words." value={value} onChange={setValue} multiline count={{ max }} />;
}

describe('TextField with a character count', () => {
  afterEach(() => jest.useRealTimers());

  it('shows what is left, marks the field over the limit, and tells screen readers once typing pauses', () => {
    jest.useFakeTimers();
    render(<Counted />);
    const field = screen.getByRole('textbox', { name: 'What happened?' });
    const count = screen.getByTestId('character-count');
    expect(count.textContent).toBe('20 characters allowed');
    expect(field.getAttribute('maxlength')).toBeNull();
    expect(field.getAttribute('aria-describedby')).toBe('what-info what-hint');
    expect(document.getElementById('what-info')!.textContent).toBe('You can enter up to 20 characters');
    const live = document.querySelector('[aria-live="polite"]')!;
    fireEvent.change(field, { target: { value: 'a'.repeat(19) } });
    expect(count.textContent).toBe('1 character left');
    expect(live.textContent).toBe('');
    act(() => jest.advanceTimersByTime(CHARACTER_COUNT_ANNOUNCE_MS));
    expect(live.textContent).toBe('1 character left');
    fireEvent.change(field, { target: { value: 'a'.repeat(22) } });
    expect(count.textContent).toBe('2 characters over limit');
    expect(count.className).toContain('usa-character-count__status--invalid');
    expect(field.className).toContain('usa-input--error');
    expect(field.closest('.usa-form-group')!.className).toContain('usa-character-count');
  });

  it('says the numbers the English way', () => {
    expect(characterCountMessage(0, { max: 5000 })).toBe('5,000 characters allowed');
    expect(characterCountMessage(4999, { max: 5000 })).toBe('1 character left');
    expect(characterCountMessage(5001, { max: 5000 })).toBe('1 character over limit');
  });
});
