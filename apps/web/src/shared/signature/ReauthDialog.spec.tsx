import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DecideApprovalDocument, ReauthenticateDocument, SignerFactorsDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { ApprovalsView } from '../../approvals/ApprovalsSection';
import { approval, lead, reviewPlan, WCSO } from '../../approvals/test-plan';
import { FinalizeReport } from '../../report/FinalizeReport';
import { renderWithProviders } from '../../test/render';

const REAUTH_REQUIRED = new GraphQLError("Confirm it's you to sign: enter your password.", { extensions: { code: 'REAUTH_REQUIRED', windowSeconds: 300 } });
const variables = { planId: 'p1', revision: 12, decision: 'APPROVE', comment: 'Checked with counsel' };

/** decideApproval: REAUTH_REQUIRED, then (if asked again) the approval. `second` counts the second attempt. */
function decideMocks(second = jest.fn()) {
  return [
    { request: { query: DecideApprovalDocument, variables }, result: { errors: [REAUTH_REQUIRED] } },
    {
      request: { query: DecideApprovalDocument, variables },
      result: () => {
        second();
        return { data: { decideApproval: { ...approval(WCSO, 'APPROVED', 12), comment: 'Checked with counsel' } } };
      },
    },
  ];
}

const factors = (secondFactor: boolean) => ({
  request: { query: SignerFactorsDocument },
  result: { data: { me: { __typename: 'User', id: 'u-lead', secondFactor } } },
  maxUsageCount: 5,
});

const reauth = (password: string, code: string | null, result: object) => ({
  request: { query: ReauthenticateDocument, variables: { password, code, passkeyAssertion: null } },
  result,
});
const proved = { data: { reauthenticate: { __typename: 'AuthPayload', authenticatedAt: '2027-01-05T10:00:00Z' } } };
const wrongPassword = {
  errors: [new GraphQLError('That password is not correct.', { extensions: { code: 'BAD_USER_INPUT', field: 'password', violations: [{ field: 'password', message: 'That password is not correct.' }] } })],
};

function approveWithComment() {
  const form = screen.getByRole('form', { name: 'Decide for WCSO' });
  fireEvent.change(within(form).getByLabelText(/Comment/), { target: { value: 'Checked with counsel' } });
  const approve = within(form).getByRole('button', { name: 'Approve revision 12' });
  // As a browser does: the clicked button has focus.
  approve.focus();
  fireEvent.click(approve);
}

const dialog = () => screen.findByRole('dialog', { name: 'Confirm it’s you to sign' });

describe('signing re-authenticates', () => {
  it('asks for the password when the server answers REAUTH_REQUIRED, then signs once more', async () => {
    const second = jest.fn();
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={lead(WCSO)} />, { mocks: [...decideMocks(second), factors(false), reauth('my passphrase', null, proved)] });
    approveWithComment();
    const asking = await dialog();
    expect(within(asking).getByText(/A signature needs a sign-in from the last 5 minutes/)).toBeTruthy();
    const password = within(asking).getByLabelText(/^Password/);
    expect(document.activeElement).toBe(password);
    expect(within(asking).queryByLabelText(/Code from your authenticator app/)).toBeNull();
    fireEvent.change(password, { target: { value: 'my passphrase' } });
    fireEvent.click(within(asking).getByRole('button', { name: 'Confirm and sign' }));
    expect((await screen.findByTestId('decision-notice')).textContent).toBe('You approved revision 12 for WCSO.');
    expect(second).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says a wrong password next to the field, keeps asking and signs nothing', async () => {
    const second = jest.fn();
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={lead(WCSO)} />, { mocks: [...decideMocks(second), factors(false), reauth('wrong one', null, wrongPassword)] });
    approveWithComment();
    const asking = await dialog();
    const password = within(asking).getByLabelText(/^Password/);
    fireEvent.change(password, { target: { value: 'wrong one' } });
    fireEvent.click(within(asking).getByRole('button', { name: 'Confirm and sign' }));
    expect(await within(asking).findByText('That password is not correct.')).toBeTruthy();
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('dialog')).toBe(asking);
    // Focus is back on the (emptied) password, inside the dialog: typing again, or Escape, works.
    await waitFor(() => expect(document.activeElement).toBe(password));
    expect((password as HTMLInputElement).value).toBe('');
    expect(second).not.toHaveBeenCalled();
    expect(screen.queryByTestId('decision-notice')).toBeNull();
  });

  it('asks for nothing it does not need: an empty password is said before anything is sent', async () => {
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={lead(WCSO)} />, { mocks: [...decideMocks(), factors(false)] });
    approveWithComment();
    const asking = await dialog();
    fireEvent.click(within(asking).getByRole('button', { name: 'Confirm and sign' }));
    expect(await within(asking).findByText('Enter your password.')).toBeTruthy();
  });

  it('Cancel leaves everything as it was: no signature, no error, the comment still there', async () => {
    const second = jest.fn();
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={lead(WCSO)} />, { mocks: [...decideMocks(second), factors(false)] });
    approveWithComment();
    const asking = await dialog();
    fireEvent.click(within(asking).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(second).not.toHaveBeenCalled();
    expect(screen.queryByTestId('decision-error')).toBeNull();
    expect(screen.queryByTestId('decision-notice')).toBeNull();
    expect((screen.getByLabelText(/Comment/) as HTMLTextAreaElement).value).toBe('Checked with counsel');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Approve revision 12' }));
  });

  it('Escape cancels too', async () => {
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={lead(WCSO)} />, { mocks: [...decideMocks(), factors(false)] });
    approveWithComment();
    fireEvent.keyDown(await dialog(), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('asks for a code as well when the account has a second factor, and sends it', async () => {
    const second = jest.fn();
    renderWithProviders(<ApprovalsView plan={reviewPlan()} me={lead(WCSO)} />, { mocks: [...decideMocks(second), factors(true), reauth('my passphrase', '123456', proved)] });
    approveWithComment();
    const asking = await dialog();
    const code = await within(asking).findByLabelText(/Code from your authenticator app, or a recovery code/);
    fireEvent.change(within(asking).getByLabelText(/^Password/), { target: { value: 'my passphrase' } });
    fireEvent.click(within(asking).getByRole('button', { name: 'Confirm and sign' }));
    expect(await within(asking).findByText('Enter the code from your authenticator app, or a recovery code.')).toBeTruthy();
    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.click(within(asking).getByRole('button', { name: 'Confirm and sign' }));
    await waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(await screen.findByTestId('decision-notice')).toBeTruthy();
  });

  it('finalizing asks the same way; Cancel keeps the question open and the button usable', async () => {
    const onFinalize = jest.fn(() => Promise.reject(new CombinedGraphQLErrors({ errors: [REAUTH_REQUIRED.toJSON()] })));
    renderWithProviders(<FinalizeReport version={4} summary="Done as planned." onWriteSummary={jest.fn()} onFinalize={onFinalize} />, { mocks: [factors(false)] });
    fireEvent.click(screen.getByRole('button', { name: 'Finalize report' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, finalize and close the plan' }));
    fireEvent.click(within(await dialog()).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const again = await screen.findByRole('button', { name: 'Yes, finalize and close the plan' });
    expect((again as HTMLButtonElement).disabled).toBe(false);
    expect(onFinalize).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
