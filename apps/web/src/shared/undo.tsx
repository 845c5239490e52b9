import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { errorMessage } from './errors';
import { focusWhenShown } from './focus';
import { UnstyledButton } from './uswds-markup';

/** How long "Undo" is offered after a removal. */
export const UNDO_MS = 10_000;

export interface UndoOffer {
  /** What was removed, e.g. `Removed objective "Secure the perimeter".` */
  message: string;
  /** Re-adds the item through the API (same fields, position and links); answers the new entity. */
  undo: () => Promise<{ id: string } | null | undefined>;
  /** The element id of a re-added item, which gets focus once it is back. */
  elementId?: (id: string) => string;
  /** Where focus goes if the offer ends while focus is on it (default: the main landmark). */
  fallbackFocusId?: string;
  /** After the item is back: e.g. the section's own "Removed …" line, no longer true, goes. */
  onRestored?: () => void;
}

type State = { offer: UndoOffer; phase: 'offered' | 'undoing' } | { done: string } | { failed: string } | null;

const UndoContext = createContext<((offer: UndoOffer) => void) | null>(null);

/**
 * The app's one "Undo" notice: a removal offers to re-add what it removed for ten seconds (the
 * clock waits while focus or the pointer is on the notice). Undo is a real add through the API,
 * logged as ADDED.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>(null);
  const [held, setHeld] = useState(false);
  const regionRef = useRef<HTMLDivElement>(null);
  const offered = state && 'offer' in state && state.phase === 'offered' ? state.offer : null;

  const offer = useCallback((next: UndoOffer) => {
    setState({ offer: next, phase: 'offered' });
    setHeld(false);
  }, []);

  // A removal takes its button away with the item: focus would drop to <body>, so it goes to Undo.
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (offered && (document.activeElement === document.body || document.activeElement === null)) undoRef.current?.focus();
  }, [offered]);

  useEffect(() => {
    if (!offered || held) return;
    const timer = setTimeout(() => setState(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [offered, held]);

  // When the notice goes while it holds focus, focus goes somewhere sensible instead of <body>.
  const dismiss = (next: State, fallback?: string) => {
    const hadFocus = regionRef.current?.contains(document.activeElement) ?? false;
    setState(next);
    setHeld(false);
    if (hadFocus && fallback) document.getElementById(fallback)?.focus();
  };

  const undo = async (current: UndoOffer) => {
    setState({ offer: current, phase: 'undoing' });
    try {
      const restored = await current.undo();
      dismiss({ done: `${current.message.replace(/^Removed/, 'Restored')}` });
      current.onRestored?.();
      if (restored && current.elementId) void focusWhenShown(current.elementId(restored.id));
    } catch (error) {
      setState({ failed: `The item could not be restored. ${errorMessage(error)}` });
    }
  };

  const fallback = offered?.fallbackFocusId ?? 'main-content';
  return (
    <UndoContext.Provider value={offer}>
      {children}
      <section aria-label="Undo" className="jo-undo" ref={regionRef as never} onFocus={() => setHeld(true)} onBlur={() => setHeld(false)} onMouseEnter={() => setHeld(true)} onMouseLeave={() => setHeld(false)}>
        <div role="status">
          {state && 'offer' in state ? (
            <div className="jo-undo__notice bg-ink text-white padding-2 radius-md shadow-3 display-flex flex-align-center flex-wrap">
              <span className="margin-right-2">{state.offer.message}</span>
              <button type="button" ref={undoRef} className="usa-button usa-button--outline usa-button--inverse margin-right-1" disabled={state.phase === 'undoing'} onClick={() => void undo(state.offer)}>
                {state.phase === 'undoing' ? 'Restoring…' : 'Undo'}
              </button>
              <UnstyledButton className="text-white" onClick={() => dismiss(null, fallback)} aria-label="Dismiss">
                Dismiss
              </UnstyledButton>
            </div>
          ) : state && 'done' in state ? (
            <span className="usa-sr-only">{state.done}</span>
          ) : null}
        </div>
        {state && 'failed' in state ? (
          <div role="alert" className="jo-undo__notice bg-secondary-lighter padding-2 radius-md shadow-3">
            {state.failed}{' '}
            <UnstyledButton onClick={() => dismiss(null, fallback)}>
              Dismiss
            </UnstyledButton>
          </div>
        ) : null}
      </section>
    </UndoContext.Provider>
  );
}

/** Offers "Undo" for a removal; without an `UndoProvider` (a component rendered alone) it does nothing. */
export function useOfferUndo(): (offer: UndoOffer) => void {
  const offer = useContext(UndoContext);
  return offer ?? noOffer;
}

const noOffer = () => undefined;
