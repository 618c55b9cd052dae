import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { DocumentLocale } from '../common/DocumentLocale';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

export const Layout = ({ children }: { children: ReactNode }) => (
  // min-width 0: wide content (scrollable tabs, tables) scrolls inside the page instead of widening it.
  <RaLayout appBar={AppBar} menu={Menu} sx={{ minWidth: 0, '& .RaLayout-content': { minWidth: 0 } }}>
    <DocumentLocale />
    {children}
  </RaLayout>
);
