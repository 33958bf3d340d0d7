import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Me } from '../api/types';

/** The signed-in user's name; opens a small panel with Account and Uitloggen. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const logout = useMutation({
    mutationFn: () => api<void>('/auth/logout', { method: 'POST' }),
    // Leave the signed-in part first (it needs `me`), then forget everything cached.
    onSettled: async () => {
      await navigate({ to: '/login', search: { redirect: undefined } });
      queryClient.clear();
    },
  });

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls="user-menu-panel"
        onClick={() => setOpen((value) => !value)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(me.name)}
        </span>
        <span className="user-menu-name">{me.name}</span>
        <span className="visually-hidden"> {t('shell.userMenu')}</span>
      </button>
      <div id="user-menu-panel" className="user-menu-panel" hidden={!open}>
        <p className="user-menu-who">
          <strong>{me.name}</strong>
          <span>{t(`roles.${me.role}`)}</span>
          {me.email && <span className="muted">{me.email}</span>}
        </p>
        <ul>
          <li>
            <Link to="/account" onClick={() => setOpen(false)}>
              {t('nav.account')}
            </Link>
          </li>
          <li>
            <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
              {t('shell.logout')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
