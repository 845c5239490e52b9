import { useMutation } from '@apollo/client/react';
import {
  AdminAgenciesDocument,
  AdminCreateAgencyDocument,
  AdminCreateUserDocument,
  AdminResetUserCredentialsDocument,
  AdminSetUserActiveDocument,
  AdminUpdateUserDocument,
  AdminUsersDocument,
  type AdminAgencyFragment,
  type AdminUserFragment,
  type CreateAgencyInput,
  type CreateUserInput,
  type UserPatch,
} from '@jointops/web-data';
import { useCallback } from 'react';

/** Variables of the accounts list: no agencyId for every account. */
export const usersVariables = (agencyId: string) => (agencyId ? { agencyId } : {});

/** createAgency, adding the new agency to the cached list. */
export function useCreateAgency() {
  const [mutate, { loading }] = useMutation(AdminCreateAgencyDocument);
  const createAgency = useCallback(
    async (input: CreateAgencyInput): Promise<AdminAgencyFragment> => {
      const result = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          const agency = data?.createAgency;
          if (!agency) return;
          cache.updateQuery({ query: AdminAgenciesDocument }, (current) =>
            current && !current.agencies.some((a) => a.id === agency.id) ? { agencies: [...current.agencies, agency] } : undefined,
          );
        },
      });
      if (!result.data?.createAgency) throw new Error('The agency was not created.');
      return result.data.createAgency;
    },
    [mutate],
  );
  return { createAgency, creating: loading };
}

/** createUser, adding the account to the unfiltered list and to its agency's list. */
export function useCreateUser() {
  const [mutate, { loading }] = useMutation(AdminCreateUserDocument);
  const createUser = useCallback(
    async (input: CreateUserInput): Promise<AdminUserFragment> => {
      const result = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          const user = data?.createUser;
          if (!user) return;
          for (const variables of [usersVariables(''), usersVariables(user.agency.id)]) {
            cache.updateQuery({ query: AdminUsersDocument, variables }, (current) =>
              current && !current.users.some((u) => u.id === user.id) ? { users: [...current.users, user] } : undefined,
            );
          }
        },
      });
      if (!result.data?.createUser) throw new Error('The account was not created.');
      return result.data.createUser;
    },
    [mutate],
  );
  return { createUser, creating: loading };
}

/** updateUser. The account is updated in the cache by id; lists filtered by agency are read again when its agency changed. */
export function useUpdateUser() {
  const [mutate, { loading }] = useMutation(AdminUpdateUserDocument);
  const updateUser = useCallback(
    async (id: string, patch: UserPatch, previousAgencyId: string): Promise<AdminUserFragment> => {
      const agencyChanged = patch.agencyId != null && patch.agencyId !== previousAgencyId;
      const result = await mutate({ variables: { id, patch }, refetchQueries: agencyChanged ? [AdminUsersDocument] : [] });
      if (!result.data?.updateUser) throw new Error('The account was not changed.');
      return result.data.updateUser;
    },
    [mutate],
  );
  return { updateUser, updating: loading };
}

/** setUserActive: disable (its sessions end at once) or re-enable. */
export function useSetUserActive() {
  const [mutate, { loading }] = useMutation(AdminSetUserActiveDocument);
  const setUserActive = useCallback(
    async (id: string, active: boolean): Promise<AdminUserFragment> => {
      const result = await mutate({ variables: { id, active } });
      if (!result.data?.setUserActive) throw new Error('The account was not changed.');
      return result.data.setUserActive;
    },
    [mutate],
  );
  return { setUserActive, settingActive: loading };
}

/** resetUserCredentials with the one-time password the caller made. */
export function useResetCredentials() {
  const [mutate, { loading }] = useMutation(AdminResetUserCredentialsDocument);
  const resetCredentials = useCallback(
    async (id: string, temporaryPassword: string): Promise<void> => {
      const result = await mutate({ variables: { id, temporaryPassword } });
      if (!result.data?.resetUserCredentials) throw new Error('The password was not reset.');
    },
    [mutate],
  );
  return { resetCredentials, resetting: loading };
}
