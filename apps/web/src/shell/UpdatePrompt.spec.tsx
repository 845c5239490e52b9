import { act, fireEvent, render, screen } from '@testing-library/react';
import { createAppUpdateStore } from './pwa-registration';
import { UpdatePrompt } from './UpdatePrompt';

const text = () => screen.getByTestId('update-prompt').textContent;

describe('UpdatePrompt', () => {
  it('says nothing while no new version waits', () => {
    render(<UpdatePrompt store={createAppUpdateStore(jest.fn())} />);
    expect(text()).toBe('');
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });

  it('appears when a new version waits, as a slim info alert', () => {
    const store = createAppUpdateStore(jest.fn());
    render(<UpdatePrompt store={store} />);
    act(() => store.waiting(jest.fn().mockResolvedValue(undefined)));
    expect(text()).toBe('A new version is ready. Reload');
    expect(screen.getByTestId('update-prompt').querySelector('.usa-alert--slim.usa-alert--info')).toBeTruthy();
  });

  it('Reload activates the waiting version, and the page reloads once it has taken over', async () => {
    const reload = jest.fn();
    const activate = jest.fn().mockResolvedValue(undefined);
    const store = createAppUpdateStore(reload);
    store.waiting(activate);
    render(<UpdatePrompt store={store} />);

    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Reload' })));
    expect(activate).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Reloading…' })).toHaveProperty('disabled', true);
    expect(reload).not.toHaveBeenCalled();

    act(() => store.tookControl());
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('lets the user try again when activating fails', async () => {
    const store = createAppUpdateStore(jest.fn());
    store.waiting(jest.fn().mockRejectedValue(new Error('no worker')));
    render(<UpdatePrompt store={store} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(await screen.findByRole('button', { name: 'Reload' })).toHaveProperty('disabled', false);
  });
});
