import { useQuery } from '@apollo/client/react';
import { fireEvent, screen, within } from '@testing-library/react';
import {
  ApplyChecklistTemplateDocument,
  ChecklistSectionDocument,
  ChecklistTemplatesDocument,
  ResolveChecklistItemDocument,
  SectionPlanAfterEditDocument,
} from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../test/render';
import { ChecklistSection } from './ChecklistSection';

const item = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'ChecklistItem',
  id,
  version: 1,
  category: 'AGREEMENTS',
  text,
  required: true,
  citation: '',
  status: 'OPEN',
  note: '',
  reviewedBy: null,
  reviewedAt: null,
  ...extra,
});
const plan = (checklist: unknown[]) => ({ __typename: 'Plan', id: 'p1', version: 1, revision: 1, status: 'DRAFT', agencies: [], checklist });
const meta = { data: { plan: { __typename: 'Plan', id: 'p1', revision: 2, contentHash: 'h', version: 1, status: 'DRAFT', readiness: { __typename: 'Readiness', ready: false, blockerCount: 0, accountabilityBlockers: [], warnings: [] } } } };
const metaMock = { request: { query: SectionPlanAfterEditDocument, variables: { id: 'p1' } }, result: meta, maxUsageCount: 5 };

function Harness() {
  const { data } = useQuery(ChecklistSectionDocument, { variables: { id: 'p1' } });
  return data?.plan ? <ChecklistSection plan={data.plan} canEdit me={{ id: 'u', roles: ['PLANNER'], agencyId: 'a' }} /> : null;
}

it('applies a template from the empty state and shows the new items', async () => {
  renderWithProviders(<Harness />, {
    mocks: [
      { request: { query: ChecklistSectionDocument, variables: { id: 'p1' } }, result: { data: { plan: plan([]) } } },
      {
        request: { query: ChecklistTemplatesDocument },
        result: { data: { checklistTemplates: [{ __typename: 'ChecklistTemplate', id: 't1', name: 'NC baseline', jurisdiction: 'North Carolina', version: 2, effectiveFrom: '2026-01-01T00:00:00Z' }] } },
      },
      { request: { query: ApplyChecklistTemplateDocument, variables: { planId: 'p1', templateId: 't1' } }, result: { data: { applyChecklistTemplate: [item('c1', 'Agreement in force'), item('c2', 'Counsel review')] } } },
      metaMock,
    ],
  });
  expect(await screen.findByRole('option', { name: /NC baseline \(North Carolina, version 2, effective Jan 1, 2026\)/ })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Apply template' }));
  expect(await screen.findByText('0 of 2 required items resolved')).toBeTruthy();
  expect(document.getElementById('checklist-c1')).not.toBeNull();
  expect(screen.getByText('Saved: template applied.').getAttribute('role')).toBe('status');
});

it('on a conflict keeps what was typed and can apply it on top of the current version', async () => {
  const conflict = new GraphQLError('Changed by someone else', {
    extensions: { code: 'CONFLICT', currentVersion: 3, current: { ...item('c1', 'Agreement in force'), version: 3, status: 'SATISFIED', note: 'Their evidence' } },
  });
  const second = jest.fn(() => ({ data: { resolveChecklistItem: item('c1', 'Agreement in force', { version: 4, status: 'SATISFIED', note: 'My evidence' }) } }));
  renderWithProviders(<Harness />, {
    mocks: [
      { request: { query: ChecklistSectionDocument, variables: { id: 'p1' } }, result: { data: { plan: plan([item('c1', 'Agreement in force')]) } } },
      { request: { query: ResolveChecklistItemDocument, variables: { id: 'c1', expectedVersion: 1, status: 'SATISFIED', note: 'My evidence' } }, result: { errors: [conflict] } },
      { request: { query: ResolveChecklistItemDocument, variables: { id: 'c1', expectedVersion: 3, status: 'SATISFIED', note: 'My evidence' } }, result: second },
      metaMock,
    ],
  });
  const row = await screen.findByRole('listitem');
  fireEvent.click(within(row).getByRole('button', { name: 'Resolve' }));
  fireEvent.change(within(row).getByLabelText('Evidence'), { target: { value: 'My evidence' } });
  fireEvent.click(within(row).getByRole('button', { name: 'Save resolution' }));

  const notice = await within(row).findByRole('alert');
  expect(notice.textContent).toContain('Their evidence');
  expect((within(row).getByLabelText('Evidence') as HTMLTextAreaElement).value).toBe('My evidence');
  fireEvent.click(within(notice).getByRole('button', { name: 'Apply mine on top' }));
  expect(await screen.findByText('Saved: marked satisfied.')).toBeTruthy();
  expect(second).toHaveBeenCalled();
  expect(document.getElementById('checklist-c1')!.textContent).toContain('Evidence: My evidence');
});
