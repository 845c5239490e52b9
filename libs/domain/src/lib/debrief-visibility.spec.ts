import { canReadDebrief } from './debrief-visibility';

describe('canReadDebrief', () => {
  const author = { id: 'author', roles: ['OFFICER'] };
  const colleague = { id: 'colleague', roles: ['AGENCY_LEAD'] };
  const oversight = { id: 'ig', roles: ['OVERSIGHT'] };

  it('lets only the author and oversight read a draft', () => {
    const draft = { status: 'DRAFT', authorId: 'author' };
    expect(canReadDebrief(author, draft)).toBe(true);
    expect(canReadDebrief(oversight, draft)).toBe(true);
    expect(canReadDebrief(colleague, draft)).toBe(false);
  });

  it('lets everyone who sees the plan read a submitted debrief', () => {
    const submitted = { status: 'SUBMITTED', authorId: 'author' };
    for (const reader of [author, colleague, oversight]) expect(canReadDebrief(reader, submitted)).toBe(true);
  });
});
