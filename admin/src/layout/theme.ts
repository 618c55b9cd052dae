import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

// Colours of the state flag: sky blue and sun gold, deepened for contrast.
const SKY = '#00659b';
const GOLD = '#e0a800';

export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    mode: 'light',
    primary: { main: SKY, light: '#3d8fc4', dark: '#00456b', contrastText: '#fff' },
    secondary: { main: GOLD, light: '#ffd54f', dark: '#a37a00', contrastText: '#1b1b1b' },
    background: { default: '#f3f6f9', paper: '#fff' },
  },
  shape: { borderRadius: 8 },
  typography: {
    ...defaultLightTheme.typography,
    fontFamily: 'Roboto, "Segoe UI", "Helvetica Neue", Arial, sans-serif',
  },
  sidebar: { width: 248, closedWidth: 56 },
  components: {
    ...defaultLightTheme.components,
    MuiPaper: {
      styleOverrides: {
        elevation1: { boxShadow: '0 1px 3px rgba(16, 38, 64, 0.08), 0 1px 2px rgba(16, 38, 64, 0.06)' },
      },
    },
    MuiTableCell: {
      styleOverrides: {
        head: { fontWeight: 600, color: '#37474f' },
      },
    },
    RaMenuItemLink: {
      styleOverrides: {
        root: {
          borderLeft: '3px solid transparent',
          '&.RaMenuItemLink-active': {
            borderLeft: `3px solid ${SKY}`,
            backgroundColor: 'rgba(0, 101, 155, 0.08)',
            color: SKY,
            fontWeight: 500,
            '& .MuiSvgIcon-root': { color: SKY },
          },
        },
      },
    },
    RaToolbar: {
      styleOverrides: {
        root: { backgroundColor: '#eef2f6' },
      },
    },
  },
};
