import { act, renderHook } from '@testing-library/react';
import type { CommsChannelFieldsFragment } from '@jointops/web-data';
import { planEvent } from './live-fixtures';
import { recordApplied, resetLiveMemory } from './live-memory';
import { removedWhileEditing, useRemovedWhileEditing } from './removed-while-editing';

const CHANNEL = { __typename: 'CommsChannel', id: 'k1', version: 2, name: 'Phone bridge', details: '555-0100', purpose: '', agency: null } as CommsChannelFieldsFragment & { __typename: 'CommsChannel' };
const removal = (actor?: { id: string; displayName: string; agency: object }) => ({ event: planEvent(40, 'COMMS_CHANNEL_REMOVED', 'COMMS_CHANNEL', 'k1', null, actor), node: null, previous: CHANNEL as never });

describe('removedWhileEditing', () => {
  it('names who removed the item this user has open, and says the typing was not saved', () => {
    expect(removedWhileEditing(removal(), 'comms:k1', 'u-dana')).toBe('Maria Lopez removed the channel "Phone bridge" while you were editing it. What you typed in its form was not saved.');
  });

  it('says nothing for another item, another kind of event, no open form, or the user\'s own removal', () => {
    expect(removedWhileEditing(removal(), 'comms:k2', 'u-dana')).toBeNull();
    expect(removedWhileEditing(removal(), 'objective:k1', 'u-dana')).toBeNull();
    expect(removedWhileEditing(removal(), 'section:comms', 'u-dana')).toBeNull();
    expect(removedWhileEditing(removal(), null, 'u-dana')).toBeNull();
    expect(removedWhileEditing({ ...removal(), event: planEvent(41, 'COMMS_CHANNEL_UPDATED', 'COMMS_CHANNEL', 'k1', CHANNEL) }, 'comms:k1', 'u-dana')).toBeNull();
    expect(removedWhileEditing(removal({ id: 'u-dana', displayName: 'Dana Whitfield', agency: {} }), 'comms:k1', 'u-dana')).toBeNull();
  });
});

describe('useRemovedWhileEditing', () => {
  beforeEach(() => resetLiveMemory());

  it('reads the focus the form had when the removal was applied, and keeps the sentence until dismissed', () => {
    const { result, rerender } = renderHook(({ focus }) => useRemovedWhileEditing('p1', focus, 'u-dana'), { initialProps: { focus: 'comms:k1' as string | null } });
    expect(result.current.message).toBeNull();
    act(() => recordApplied('p1', removal()));
    // The form went with the item: the focus is the section again, the sentence stays.
    rerender({ focus: 'section:comms' });
    expect(result.current.message).toMatch(/^Maria Lopez removed the channel "Phone bridge" while you were editing it/);
    act(() => result.current.dismiss());
    expect(result.current.message).toBeNull();
  });
});
