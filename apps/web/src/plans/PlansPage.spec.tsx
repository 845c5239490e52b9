import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MeDocument, PlansDocument } from '@jointops/web-data';
import { App } from '../app/App';
import { MARIA, signedInStore, renderWithProviders } from '../test/render';

const CBP = { __typename: 'Agency', id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' };
const NCSHP = { __typename: 'Agency', id: 'a-ncshp', name: 'North Carolina State Highway Patrol', shortName: 'NCSHP', level: 'STATE' };

function planNode(id: string, title: string, status: string) {
  return {
    __typename: 'Plan',
    id,
    version: 1,
    title,
    status,
    startsAt: '2027-03-01T14:00:00Z',
    endsAt: '2027-03-02T02:00:00Z',
    timeZone: 'America/New_York',
    updatedAt: '2027-01-10T10:00:00Z',
    leadAgency: CBP,
    agencies: [CBP, NCSHP],
  };
}

function plansMock(variables: Record<string, unknown>, nodes: ReturnType<typeof planNode>[], totalCount = nodes.length) {
  return {
    request: { query: PlansDocument, variables },
    result: {
      data: {
        plans: {
          __typename: 'PlanConnection',
          edges: nodes.map((node) => ({ __typename: 'PlanEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: totalCount > nodes.length, endCursor: nodes.length ? `c-${nodes[nodes.length - 1]!.id}` : null },
          totalCount,
        },
      },
    },
  };
}

const meMock = (me: object = MARIA) => ({ request: { query: MeDocument }, result: { data: { me } } });
const signedIn = () => signedInStore();

describe('PlansPage', () => {
  it('lists plans with status, lead agency and participants, filtered by the statuses in the URL', async () => {
    renderWithProviders(<App />, {
      route: '/plans?status=DRAFT',
      store: signedIn(),
      mocks: [meMock(), plansMock({ first: 20, status: ['DRAFT'] }, [planNode('p1', 'Operation Harbor Light', 'DRAFT'), planNode('p2', 'Operation Quiet Road', 'DRAFT')], 12)],
    });

    expect(await screen.findByText('12 plans', {}, { timeout: 10_000 })).toBeTruthy();
    const table = screen.getByRole('table');
    const link = within(table).getByRole('link', { name: 'Operation Harbor Light' });
    expect(link.getAttribute('href')).toBe('/plans/p1');
    const row = link.closest('tr')!;
    expect(within(row).getByText('Draft').getAttribute('data-status')).toBe('DRAFT');
    expect(within(row).getByText('CBP')).toBeTruthy();
    expect(within(row).getByText('CBP, NCSHP')).toBeTruthy();

    expect((screen.getByLabelText('Draft') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Active') as HTMLInputElement).checked).toBe(false);
    // 12 plans, 20 a page: one page, no pagination.
    expect(screen.queryByRole('navigation', { name: 'Pages of plans' })).toBeNull();
    expect(screen.getByRole('link', { name: 'New plan' }).getAttribute('href')).toBe('/plans/new');
  });

  it('keeps status changes in the URL and says when no plan matches the filters', async () => {
    renderWithProviders(<App />, {
      route: '/plans?status=DRAFT',
      store: signedIn(),
      mocks: [meMock(), plansMock({ first: 20, status: ['DRAFT'] }, [planNode('p1', 'Operation Harbor Light', 'DRAFT')]), plansMock({ first: 20, status: ['DRAFT', 'ACTIVE'] }, [])],
    });
    expect(await screen.findByText('1 plan', {}, { timeout: 10_000 })).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Active'));

    expect(screen.getByTestId('location').textContent).toBe('/plans?status=DRAFT&status=ACTIVE');
    expect(await screen.findByRole('heading', { name: 'No plans match these filters' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('0 plans')).toBeTruthy();
  });

  it('debounces the search box into ?q=', async () => {
    renderWithProviders(<App />, {
      route: '/plans',
      store: signedIn(),
      mocks: [meMock(), plansMock({ first: 20 }, []), plansMock({ first: 20, search: 'harbor' }, [planNode('p1', 'Operation Harbor Light', 'ACTIVE')])],
    });
    expect(await screen.findByRole('heading', { name: 'No plans yet' }, { timeout: 10_000 })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Search plans'), { target: { value: 'harbor' } });
    expect(screen.getByTestId('location').textContent).toBe('/plans');

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/plans?q=harbor'), { timeout: 10_000 });
    expect(await screen.findByRole('link', { name: 'Operation Harbor Light' }, { timeout: 10_000 })).toBeTruthy();
    expect(within(screen.getByRole('table')).getByText('Active').getAttribute('data-status')).toBe('ACTIVE');
  });

  it('offers "New plan" only to planners and agency leads', async () => {
    const officer = { ...MARIA, id: 'u-tom', displayName: 'Tom Hargrove', roles: ['OFFICER'] };
    renderWithProviders(<App />, { route: '/plans', store: signedIn(), mocks: [meMock(officer), plansMock({ first: 20 }, [])] });
    expect(await screen.findByRole('heading', { name: 'No plans yet' }, { timeout: 10_000 })).toBeTruthy();
    await screen.findByText('Tom Hargrove · CBP', {}, { timeout: 10_000 });
    expect(screen.queryByRole('link', { name: 'New plan' })).toBeNull();
  });
});

describe('sorting and paging', () => {
  it('sorts on the server with the choice kept in the URL, and goes back to page 1', async () => {
    const plans = [planNode('p1', 'Alpha', 'DRAFT'), planNode('p2', 'Bravo', 'IN_REVIEW')];
    renderWithProviders(<App />, {
      route: '/plans?page=2',
      store: signedIn(),
      mocks: [meMock(), plansMock({ first: 20, offset: 20 }, plans, 22), plansMock({ first: 20, orderBy: { field: 'TITLE', direction: 'ASC' } }, plans, 22)],
    });
    expect(await screen.findByText('22 plans, page 2 of 2', {}, { timeout: 10_000 })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'title' } });

    expect(screen.getByTestId('location').textContent).toBe('/plans?sort=title');
    expect(await screen.findByText('22 plans, page 1 of 2', {}, { timeout: 10_000 })).toBeTruthy();
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('title');
  });

  it('pages with links that keep the filters and the sort', async () => {
    const page1 = Array.from({ length: 20 }, (_, i) => planNode(`p${i}`, `Plan ${i}`, 'DRAFT'));
    const order = { field: 'STARTS_AT', direction: 'DESC' };
    renderWithProviders(<App />, {
      route: '/plans?status=DRAFT&sort=start-desc',
      store: signedIn(),
      mocks: [meMock(), plansMock({ first: 20, status: ['DRAFT'], orderBy: order }, page1, 41), plansMock({ first: 20, status: ['DRAFT'], orderBy: order, offset: 20 }, [planNode('p20', 'Plan 20', 'DRAFT')], 41)],
    });
    const pages = await screen.findByRole('navigation', { name: 'Pages of plans' }, { timeout: 10_000 });
    expect(within(pages).getByText('Page 1 of 3')).toBeTruthy();
    expect(within(pages).queryByRole('link', { name: 'Previous page' })).toBeNull();

    fireEvent.click(within(pages).getByRole('link', { name: 'Next page' }));

    expect(screen.getByTestId('location').textContent).toBe('/plans?status=DRAFT&sort=start-desc&page=2');
    expect(await screen.findByRole('link', { name: 'Plan 20' }, { timeout: 10_000 })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Pages of plans' })).getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe(
      '/plans?status=DRAFT&sort=start-desc',
    );
  });

  it('keeps the status tag on one line in the table', async () => {
    renderWithProviders(<App />, { route: '/plans', store: signedIn(), mocks: [meMock(), plansMock({ first: 20 }, [planNode('p1', 'Alpha', 'IN_REVIEW')])] });
    await screen.findByRole('link', { name: 'Alpha' }, { timeout: 10_000 });
    const tag = within(screen.getByRole('table')).getByText('In review');
    expect(tag.className).toContain('text-no-wrap');
  });
});
