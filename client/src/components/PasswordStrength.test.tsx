import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { PasswordStrength } from './PasswordStrength';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

const announced = async (text: RegExp): Promise<HTMLElement> => screen.findByText(text, {}, { timeout: 10_000 });

describe('PasswordStrength', () => {
  it('shows nothing before the person types', () => {
    const { container } = render(<PasswordStrength id="password" password="" email="amal@example.org" />);
    expect(container.textContent).toBe('');
  });

  it('says a common password is too easy to guess, in a polite live region', async () => {
    render(<PasswordStrength id="password" password="password123456" email="amal@example.org" />);
    const status = await announced(/Too easy to guess/);
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toMatch(/^(Very weak|Weak|Fair)\./);
    expect(Number(screen.getByRole('meter').getAttribute('value'))).toBeLessThan(3);
  });

  it('accepts a passphrase, and refuses one containing the email’s name', async () => {
    const { rerender } = render(<PasswordStrength id="password" password="amber-lantern-harbour-42" email="amal@example.org" />);
    expect((await announced(/can be used/)).textContent).toMatch(/^(Strong|Very strong)\./);
    rerender(<PasswordStrength id="password" password="amber-marieke-harbour-42" email="marieke@example.nl" />);
    await announced(/Do not use your email address/);
  });

  it('speaks the interface language', async () => {
    await i18next.changeLanguage('nl');
    render(<PasswordStrength id="password" password="short" email="amal@example.org" />);
    await announced(/Gebruik 10 tot 128 tekens/);
  });
});
