import { useQuery } from '@apollo/client/react';
import { CONTENT_EDITOR_ROLES, hasAnyRole, type Role } from '@jointops/domain';
import { MeDocument, type SessionUserFragment } from '@jointops/web-data';

export type Me = SessionUserFragment;

/** The signed-in user (cached after sign-in), and whether they may build plans. */
export function useMe(): { me: Me | null; loading: boolean; canBuildPlans: boolean } {
  const { data, loading } = useQuery(MeDocument);
  const me = data?.me ?? null;
  return { me, loading, canBuildPlans: me ? hasAnyRole(me.roles as Role[], CONTENT_EDITOR_ROLES) : false };
}
