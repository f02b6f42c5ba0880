import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './Button';
import { Card, CardList } from './Card';
import { Dialog } from './Dialog';
import { EmptyState } from './EmptyState';
import { CheckboxField, SelectField, TextAreaField, TextField } from './Field';
import { Pagination, SortableHeader, Table } from './Table';
import { ToastProvider, useToast } from './Toast';

describe('Button', () => {
  it('is type="button" unless told otherwise, so it never submits a form by accident', () => {
    const submit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={(event) => submit(event.nativeEvent)}>
        <Button>Plain</Button>
        <Button type="submit" variant="danger">Send</Button>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Plain' }));
    expect(submit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(submit).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Send' }).className).toBe('danger');
    expect(screen.getByRole('button', { name: 'Plain' }).hasAttribute('class')).toBe(false);
  });
});

describe('TextField', () => {
  it('names the control by its label and links the hint and the error to it', () => {
    render(<TextField id="email" label="Email" hint="We never show it." error="Please write an address." value="" onChange={() => undefined} />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('email-hint email-error');
    expect(document.getElementById('email-error')?.textContent).toBe('Please write an address.');
  });

  it('is not marked invalid without an error', () => {
    render(<TextField id="name" label="Name" value="" onChange={() => undefined} />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('SelectField, TextAreaField and CheckboxField', () => {
  it('name each control by its label, hand back what was chosen or written, and link hint and error', () => {
    const chosen = vi.fn();
    const written = vi.fn();
    const ticked = vi.fn();
    render(
      <>
        <SelectField id="duration" label="How long" hint="Most meetups take an hour." value="60" onChange={chosen}>
          <option value="30">Half an hour</option>
          <option value="60">An hour</option>
        </SelectField>
        <TextAreaField id="note" label="Note" error="Please keep it short." value="" onChange={written} />
        <CheckboxField id="online" label="Meet online" hint="A video call." checked={false} onChange={ticked} />
      </>,
    );
    const select = screen.getByRole('combobox', { name: 'How long' });
    expect((select as HTMLSelectElement).value).toBe('60');
    expect(select.getAttribute('aria-describedby')).toBe('duration-hint');
    fireEvent.change(select, { target: { value: '30' } });
    expect(chosen).toHaveBeenCalledWith('30');

    const note = screen.getByRole('textbox', { name: 'Note' });
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(note.getAttribute('aria-describedby')).toBe('note-error');
    fireEvent.change(note, { target: { value: 'Bring the map' } });
    expect(written).toHaveBeenCalledWith('Bring the map');

    const online = screen.getByRole('checkbox', { name: 'Meet online' });
    expect(online.getAttribute('aria-describedby')).toBe('online-hint');
    expect(online.hasAttribute('aria-invalid')).toBe(false);
    fireEvent.click(online);
    expect(ticked).toHaveBeenCalledWith(true);
  });
});

describe('Card and EmptyState', () => {
  it('lists cards as list items and says when there is nothing, with the next step', () => {
    render(
      <>
        <CardList label="Volunteers">
          <Card>One</Card>
          <Card>Two</Card>
        </CardList>
        <EmptyState action={<Button>Invite someone</Button>}>Nobody yet.</EmptyState>
      </>,
    );
    expect(within(screen.getByRole('list', { name: 'Volunteers' })).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Nobody yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Invite someone' })).toBeTruthy();
  });
});

describe('Table', () => {
  function SortedTable({ onPage }: { onPage: (page: number) => void }) {
    const [sort, setSort] = useState<'ascending' | 'descending'>('ascending');
    return (
      <>
        <Table caption="People" stacking>
          <thead>
            <tr>
              <SortableHeader label="Name" sort={sort} onSort={() => setSort(sort === 'ascending' ? 'descending' : 'ascending')} />
              <SortableHeader label="Signed up" sort="none" onSort={() => undefined} />
            </tr>
          </thead>
        </Table>
        <Pagination label="Pages of people" page={1} pages={3} onPage={onPage} />
      </>
    );
  }

  it('says how it is sorted with aria-sort and turns the order round from the header', () => {
    render(<SortedTable onPage={() => undefined} />);
    const table = screen.getByRole('table', { name: 'People' });
    expect(table.className).toBe('stacking-table');
    const name = screen.getByRole('columnheader', { name: /Name/ });
    expect(name.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: /Signed up/ }).getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(name).getByRole('button'));
    expect(name.getAttribute('aria-sort')).toBe('descending');
  });

  it('pages forward and not back from the first page', () => {
    const onPage = vi.fn();
    render(<SortedTable onPage={onPage} />);
    const pages = screen.getByRole('navigation', { name: 'Pages of people' });
    expect(within(pages).getByText('Page 1 of 3')).toBeTruthy();
    expect(within(pages).getByRole<HTMLButtonElement>('button', { name: 'Previous page' }).disabled).toBe(true);
    fireEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(onPage).toHaveBeenCalledWith(2);
  });
});

describe('Dialog', () => {
  function Confirm() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <Button onClick={() => setOpen(true)}>Propose</Button>
        <Dialog open={open} onClose={() => setOpen(false)} title="Propose these 3 matches?">
          <Button onClick={() => setOpen(false)}>Cancel</Button>
        </Dialog>
      </>
    );
  }

  it('is named by its title, closes on Escape and gives focus back to what opened it', () => {
    render(<Confirm />);
    const opener = screen.getByRole('button', { name: 'Propose' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Propose these 3 matches?' });
    within(dialog).getByRole('button', { name: 'Cancel' }).focus();
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes from a button inside it', () => {
    render(<Confirm />);
    fireEvent.click(screen.getByRole('button', { name: 'Propose' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('Toast', () => {
  function Verify({ name }: { name: string }) {
    const toast = useToast();
    return <Button onClick={() => toast(`${name} is verified.`)}>Verify {name}</Button>;
  }

  it('says each confirmation in the one live region, keeps the latest three, and dismisses one', () => {
    render(
      <ToastProvider>
        {['Ann', 'Bo', 'Cy', 'Di'].map((name) => <Verify key={name} name={name} />)}
      </ToastProvider>,
    );
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    for (const name of ['Ann', 'Bo', 'Cy', 'Di']) fireEvent.click(screen.getByRole('button', { name: `Verify ${name}` }));
    expect(within(region).queryByText('Ann is verified.')).toBeNull();
    expect(within(region).getByText('Di is verified.')).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Dismiss: Bo is verified.' }));
    expect(within(region).queryByText('Bo is verified.')).toBeNull();
    expect(within(region).getByText('Cy is verified.')).toBeTruthy();
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });

  it('does nothing outside a provider, so components render alone in tests', () => {
    render(<Verify name="Ann" />);
    fireEvent.click(screen.getByRole('button', { name: 'Verify Ann' }));
    expect(screen.queryByText('Ann is verified.')).toBeNull();
  });
});
