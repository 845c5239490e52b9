import { fireEvent, render, screen } from '@testing-library/react';
import { ErrorSummary } from './ErrorSummary';

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('announces the errors and links each to its field', () => {
    render(
      <>
        <ErrorSummary errors={[{ fieldId: 'email', message: 'Enter your email' }]} />
        <input id="email" aria-label="Email" />
      </>,
    );
    const alert = screen.getByRole('alert', { name: 'There is a problem' });
    const link = screen.getByRole('link', { name: 'Enter your email' });
    expect(alert.contains(link)).toBe(true);
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('Email'));
  });
});
