import { AddCommsChannelDocument, RemoveCommsChannelDocument, UpdateCommsChannelDocument, type CommsChannelInput, type CommsChannelPatch } from '@jointops/web-data';
import { usePlanItemMutations, type PlanItemMutations } from '../shared/usePlanItemMutations';

const CHANNELS: PlanItemMutations<CommsChannelInput, CommsChannelPatch> = { list: 'comms', typename: 'CommsChannel', add: AddCommsChannelDocument, update: UpdateCommsChannelDocument, remove: RemoveCommsChannelDocument };

/** Add, edit and remove communications channels, keeping `Plan.comms` in the cache current. */
export function useCommsMutations(planId: string) {
  const { add, update, remove } = usePlanItemMutations(planId, CHANNELS);
  return { addChannel: add, updateChannel: update, removeChannel: remove };
}
