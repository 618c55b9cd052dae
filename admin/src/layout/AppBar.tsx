import { Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, useTranslate } from 'react-admin';
import { LOCALES } from '../i18n';

/** App name, then the page title; the language switcher and the user menu on the right. */
export const AppBar = () => {
  const translate = useTranslate();
  const wide = useMediaQuery<Theme>((theme) => theme.breakpoints.up('md'));
  return (
    <RaAppBar
      color="primary"
      toolbar={
        <>
          <LocalesMenuButton languages={LOCALES} />
          <LoadingIndicator />
        </>
      }
    >
      {wide && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mr: 2, whiteSpace: 'nowrap' }}>
          <AccountBalanceOutlined fontSize="small" sx={{ color: 'secondary.light' }} />
          <Typography variant="subtitle1" component="span" sx={{ fontWeight: 600, letterSpacing: 0.2 }}>
            {translate('app.title')}
          </Typography>
          <Box component="span" sx={{ opacity: 0.5, ml: 1 }} aria-hidden>
            |
          </Box>
        </Box>
      )}
      <TitlePortal variant="subtitle1" sx={{ flex: 1 }} />
    </RaAppBar>
  );
};
