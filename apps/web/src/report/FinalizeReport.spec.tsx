import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { FinalizeReport } from './FinalizeReport';

describe('FinalizeReport', () => {
  it('asks for the summary first when there is none (the rule the API applies), and offers to write it', () => {
    const onWriteSummary = jest.fn();
    const onFinalize = jest.fn();
    renderWithProviders(<FinalizeReport version={3} summary={'  \n'} onWriteSummary={onWriteSummary} onFinalize={onFinalize} />);
    expect(screen.getByTestId('finalize-needs-summary').textContent).toBe('Write the summary before finalizing the report. Write the summary');
    expect(screen.queryByRole('button', { name: 'Finalize report' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Write the summary' }));
    expect(onWriteSummary).toHaveBeenCalledTimes(1);
    expect(onFinalize).not.toHaveBeenCalled();
  });

  it('offers to finalize once the report has a summary, asking first with focus on the confirming button', async () => {
    renderWithProviders(<FinalizeReport version={3} summary="The sweep met its safety objective." onWriteSummary={jest.fn()} onFinalize={jest.fn()} />);
    expect(screen.queryByTestId('finalize-needs-summary')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Finalize report' }));
    expect(screen.getByRole('group', { name: 'Confirm finalizing the report' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, finalize and close the plan' })));
    // Backing out returns focus to where it was asked from.
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Finalize report' })));
    expect(screen.queryByRole('group', { name: 'Confirm finalizing the report' })).toBeNull();
  });

  it.each([
    [2, '2 debriefs are not submitted yet (drafts included), so they are not in this report. After finalizing, they can no longer be submitted.'],
    [1, '1 debrief is not submitted yet (drafts included), so it is not in this report. After finalizing, it can no longer be submitted.'],
  ])('says in the question when %i debrief(s) are not submitted yet', (count, text) => {
    renderWithProviders(<FinalizeReport version={3} summary="Done." debriefsOutstanding={count} onWriteSummary={jest.fn()} onFinalize={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Finalize report' }));
    const question = screen.getByRole('group', { name: 'Confirm finalizing the report' });
    expect(question.querySelector('[data-testid="finalize-outstanding"]')?.textContent).toBe(text);
  });

  it.each([0, null])('says nothing of outstanding debriefs when there are none (%p)', (count) => {
    renderWithProviders(<FinalizeReport version={3} summary="Done." debriefsOutstanding={count} onWriteSummary={jest.fn()} onFinalize={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Finalize report' }));
    expect(screen.getByRole('group', { name: 'Confirm finalizing the report' })).toBeTruthy();
    expect(screen.queryByTestId('finalize-outstanding')).toBeNull();
  });
});
