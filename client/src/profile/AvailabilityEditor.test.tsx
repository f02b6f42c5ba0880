import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { AvailabilityWindow } from './availability';
import { AvailabilityEditor } from './AvailabilityEditor';

function Harness({ initial = [] }: { initial?: AvailabilityWindow[] }) {
  const [value, setValue] = useState<AvailabilityWindow[]>(initial);
  return (
    <>
      <AvailabilityEditor value={value} onChange={setValue} />
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}

const value = (): unknown => JSON.parse(screen.getByTestId('value').textContent ?? '[]');

describe('AvailabilityEditor', () => {
  it('adds a window from labelled controls', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '17:30' } });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '19:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add time' }));
    expect(value()).toEqual([{ day: 3, start: '17:30', end: '19:00' }]);
    expect(screen.getByText('1.5 hours a week in total.')).toBeTruthy();
  });

  it('shows an overlap as an alert and leaves the windows unchanged', () => {
    render(<Harness initial={[{ day: 1, start: '18:00', end: '20:00' }]} />);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '19:00' } });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '21:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add time' }));
    expect(screen.getByRole('alert').textContent).toBe('This overlaps a time you already added.');
    expect(value()).toEqual([{ day: 1, start: '18:00', end: '20:00' }]);
  });

  it('removes a window with a button named after it', () => {
    render(<Harness initial={[{ day: 1, start: '18:00', end: '20:00' }, { day: 2, start: '09:00', end: '10:00' }]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Monday 18:00–20:00' }));
    expect(value()).toEqual([{ day: 2, start: '09:00', end: '10:00' }]);
  });

  it('copies a day to the weekdays', () => {
    render(<Harness initial={[{ day: 1, start: '18:00', end: '20:00' }]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Monday to Monday–Friday' }));
    expect((value() as AvailabilityWindow[]).map((w) => w.day)).toEqual([1, 2, 3, 4, 5]);
  });
});
