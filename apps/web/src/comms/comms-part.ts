import { COMMS_PART } from '@jointops/domain';
import { CommsChannelFieldsFragmentDoc, type CommsChannelFieldsFragment } from '@jointops/web-data';
import { quoted, webPlanPart } from '../plans/web-plan-part';

export const commsWebPart = webPlanPart({
  part: COMMS_PART,
  fragment: CommsChannelFieldsFragmentDoc,
  fragmentName: 'CommsChannelFields',
  fieldLabels: { name: 'name', details: 'details', purpose: 'purpose', agency: 'agency' },
  subject: (channel: CommsChannelFieldsFragment, max) => `the channel ${quoted(channel.name, max)}`,
  diffName: (channel) => channel.name,
  focus: {
    kind: 'comms',
    describe: (channels, id) => {
      const channel = channels.find((c) => c.id === id);
      return channel ? `editing the channel ${quoted(channel.name, 60)}` : 'editing a communications channel';
    },
  },
});
