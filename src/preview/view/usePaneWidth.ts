/**
 * The task-pane column's width, changed by dragging its edge or with the arrow keys on it
 * (Excel's own pane is resizable too). The pane sits on the right: moving the edge left widens it.
 */
import { useState, type KeyboardEvent, type PointerEvent } from "react";

export const PANE_WIDTH = { min: 320, initial: 350, max: 640, step: 16 } as const;

const clamp = (width: number) => Math.min(Math.max(width, PANE_WIDTH.min), PANE_WIDTH.max);

export interface PaneWidth {
  width: number;
  handleProps: {
    onPointerDown(event: PointerEvent<HTMLElement>): void;
    onPointerMove(event: PointerEvent<HTMLElement>): void;
    onPointerUp(event: PointerEvent<HTMLElement>): void;
    onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  };
}

export function usePaneWidth(): PaneWidth {
  const [width, setWidth] = useState<number>(PANE_WIDTH.initial);
  const [drag, setDrag] = useState<{ startX: number; startWidth: number } | null>(null);
  const keySteps: Record<string, (w: number) => number> = {
    ArrowLeft: (w) => w + PANE_WIDTH.step,
    ArrowRight: (w) => w - PANE_WIDTH.step,
    Home: () => PANE_WIDTH.min,
    End: () => PANE_WIDTH.max,
  };
  return {
    width,
    handleProps: {
      onPointerDown(event) {
        event.currentTarget.setPointerCapture(event.pointerId);
        setDrag({ startX: event.clientX, startWidth: width });
      },
      onPointerMove(event) {
        if (drag) setWidth(clamp(drag.startWidth + drag.startX - event.clientX));
      },
      onPointerUp() {
        setDrag(null);
      },
      onKeyDown(event) {
        const step = keySteps[event.key];
        if (!step) return;
        event.preventDefault();
        setWidth((w) => clamp(step(w)));
      },
    },
  };
}
