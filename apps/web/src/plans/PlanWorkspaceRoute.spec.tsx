import type { ApolloClient } from '@apollo/client';
import { preloadWorkspaceRoute } from './PlanWorkspaceRoute';
import { preloadWorkspace } from './section-data';

const pageLoaded = jest.fn();
jest.mock('./section-data', () => ({ preloadWorkspace: jest.fn() }));
jest.mock('./PlanWorkspacePage', () => {
  pageLoaded();
  return { PlanWorkspacePage: () => null };
});

const client = {} as ApolloClient;

describe('preloadWorkspaceRoute', () => {
  it("starts a workspace's data, then the workspace page's code", async () => {
    preloadWorkspaceRoute(client, '/plans/p1/timeline');
    expect(preloadWorkspace).toHaveBeenCalledWith(client, 'p1', 'timeline');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pageLoaded).toHaveBeenCalledTimes(1);
  });

  it('starts nothing for a page outside a plan', async () => {
    jest.mocked(preloadWorkspace).mockClear();
    preloadWorkspaceRoute(client, '/my-work');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(preloadWorkspace).not.toHaveBeenCalled();
  });
});
