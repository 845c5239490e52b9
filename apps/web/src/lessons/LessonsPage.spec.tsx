import { fireEvent, render, screen, within } from '@testing-library/react';
import { LessonsDocument } from '@jointops/web-data';
import { signedInStore, renderWithProviders } from '../test/render';
import { highlight, LessonsPage } from './LessonsPage';

const plan = { __typename: 'Plan', id: 'p1', title: 'Operation Harbor Light', endsAt: '2027-03-01T18:00:00Z', leadAgency: { __typename: 'Agency', id: 'a1', shortName: 'NCSHP' } };
const mocks = [
  {
    request: { query: LessonsDocument, variables: { search: 'interpreter' } },
    result: {
      data: {
        lessons: [
          { __typename: 'LessonHit', kind: 'SUMMARY', text: 'Interpreters must be staged early', plan },
          { __typename: 'LessonHit', kind: 'IMPROVEMENT', text: 'Interpreter arrived late', plan },
        ],
      },
    },
  },
];

describe('LessonsPage', () => {
  it('lists ranked hits with their kind, the matched words marked and a link to the report', async () => {
    renderWithProviders(<LessonsPage />, { route: '/lessons?q=interpreter', mocks, store: signedInStore() });
    const hits = await screen.findAllByTestId('lesson', {}, { timeout: 10_000 });
    expect(hits).toHaveLength(2);
    expect(within(hits[0]!).getByText('Summary')).toBeTruthy();
    expect(within(hits[1]!).getByText('Improvement')).toBeTruthy();
    expect(hits[0]!.querySelector('mark')?.textContent).toBe('Interpreters');
    expect(within(hits[1]!).getByRole('link', { name: /Operation Harbor Light/ }).getAttribute('href')).toBe('/plans/p1/report');
    expect(screen.getByText('2 lessons for “interpreter”.')).toBeTruthy();
  });

  it('clears the hits and their count when the search is sent empty', async () => {
    renderWithProviders(<LessonsPage />, { route: '/lessons?q=interpreter', mocks, store: signedInStore() });
    await screen.findAllByTestId('lesson', {}, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('Search lessons', { selector: 'input' }), { target: { value: '  ' } });
    fireEvent.submit(screen.getByRole('search', { name: 'Search lessons' }));
    expect(screen.queryAllByTestId('lesson')).toHaveLength(0);
    expect(screen.queryByText(/lessons for/)).toBeNull();
  });

  it('highlights nothing for an empty search', () => {
    const { container } = render(<p>{highlight('Radio discipline', '')}</p>);
    expect(container.querySelector('mark')).toBeNull();
  });
});
