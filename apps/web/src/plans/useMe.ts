import { useQuery } from '@apollo/client/react';
import { can } from '@jointops/domain';
import { MeDocument, type SessionUserFragment } from '@jointops/web-data';

export type Me = SessionUserFragment;

/** The signed-in user (cached after sign-in), and whether they may build plans. */
export function useMe(): { me: Me | null; loading: boolean; canBuildPlans: boolean } {
  const { data, loading } = useQuery(MeDocument);
  const me = data?.me ?? null;
  return { me, loading, canBuildPlans: me ? can(me, 'plan.create') : false };
}
