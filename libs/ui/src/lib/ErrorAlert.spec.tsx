import { render, screen } from '@testing-library/react';
import { ErrorAlert } from './ErrorAlert';

describe('ErrorAlert', () => {
  const scrollIntoView = jest.fn();
  beforeEach(() => {
    scrollIntoView.mockClear();
    Element.prototype.scrollIntoView = scrollIntoView;
  });

  it('shows nothing without a message', () => {
    const { container } = render(<ErrorAlert message={null} />);
    expect(container.innerHTML).toBe('');
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('announces a message and brings it into view, once per new message', () => {
    const { rerender } = render(<ErrorAlert message={null} />);
    rerender(<ErrorAlert message="The place is in use by 2 events." className="margin-top-2" />);
    expect(screen.getByRole('alert').textContent).toBe('The place is in use by 2 events.');
    expect(screen.getByRole('alert').parentElement!.className).toBe('margin-top-2');
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' });
    rerender(<ErrorAlert message="The place is in use by 2 events." className="margin-top-2" />);
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    rerender(<ErrorAlert message="You are offline." />);
    expect(scrollIntoView).toHaveBeenCalledTimes(2);
  });
});
