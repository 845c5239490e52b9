import { rebaseValues } from './rebase-values';

describe('rebaseValues', () => {
  const base = { title: 'Command net', purpose: 'Command traffic', details: 'Ch 1', agencyIds: ['a'] };

  it('keeps what this user changed and takes theirs for every field they did not touch', () => {
    const mine = { ...base, details: 'Ch 2 (mine)' };
    const theirs = { ...base, details: 'Ch 3 (theirs)', purpose: 'Command and tactical traffic' };
    expect(rebaseValues(base, mine, theirs)).toEqual({ values: { ...base, details: 'Ch 2 (mine)', purpose: 'Command and tactical traffic' }, kept: ['details'] });
  });

  it('compares lists by their content, and keeps a field cleared by this user', () => {
    const mine = { ...base, agencyIds: ['a'], title: '' };
    const theirs = { ...base, agencyIds: ['a', 'b'] };
    expect(rebaseValues(base, mine, theirs)).toEqual({ values: { ...base, agencyIds: ['a', 'b'], title: '' }, kept: ['title'] });
  });

  it('takes all of theirs when nothing was typed, and keeps all of mine when there was no base', () => {
    const theirs = { ...base, title: 'Tactical net' };
    expect(rebaseValues(base, { ...base }, theirs)).toEqual({ values: theirs, kept: [] });
    expect(rebaseValues(undefined, { ...base }, theirs).values).toEqual(base);
  });
});
