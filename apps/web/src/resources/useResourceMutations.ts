import { AddResourceDocument, RemoveResourceDocument, UpdateResourceDocument, type ResourceCommitmentInput, type ResourceCommitmentPatch } from '@jointops/web-data';
import { usePlanItemMutations, type PlanItemMutations } from '../shared/usePlanItemMutations';

const RESOURCES: PlanItemMutations<ResourceCommitmentInput, ResourceCommitmentPatch> = { list: 'resources', typename: 'ResourceCommitment', add: AddResourceDocument, update: UpdateResourceDocument, remove: RemoveResourceDocument };

/** Add, edit and remove resource commitments, keeping `Plan.resources` in the cache current. */
export function useResourceMutations(planId: string) {
  const { add, update, remove } = usePlanItemMutations(planId, RESOURCES);
  return { addResource: add, updateResource: update, removeResource: remove };
}
