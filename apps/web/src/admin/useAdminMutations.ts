import { useMutation } from '@apollo/client/react';
import {
  AdminAgenciesDocument,
  AdminCreateAgencyDocument,
  AdminCreateUserDocument,
  AdminUsersDocument,
  type AdminAgencyFragment,
  type AdminUserFragment,
  type CreateAgencyInput,
  type CreateUserInput,
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
