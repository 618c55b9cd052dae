import { Box, Typography } from '@mui/material';
import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import { LocalesMenuButton, Login as RaLogin, LoginForm, useTranslate } from 'react-admin';
import { DocumentLocale } from '../common/DocumentLocale';
import { LOCALES } from '../i18n';

/** The sign-in page: app name, language switcher, login form. */
export const Login = () => {
  const translate = useTranslate();
  return (
    <RaLogin
      avatarIcon={<AccountBalanceOutlined />}
      sx={{
        backgroundImage: 'radial-gradient(circle at 50% 12em, #1a7fb8 0%, #00456b 55%, #002a42 100%)',
        '& .RaLogin-card': { width: 380, maxWidth: 'calc(100vw - 32px)', borderRadius: 3, pb: 1 },
        '& .RaLogin-icon': { bgcolor: 'secondary.main', color: 'secondary.contrastText' },
      }}
    >
      <DocumentLocale />
      <Box sx={{ px: 3, textAlign: 'center' }}>
        <Typography variant="h6" component="h1" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
          {translate('app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('app.subtitle')}
        </Typography>
      </Box>
      <LoginForm sx={{ '& .RaLoginForm-content': { width: 'auto', px: 3 } }} />
      <Box sx={{ display: 'flex', justifyContent: 'center', color: 'text.secondary' }}>
        <LocalesMenuButton languages={LOCALES} />
      </Box>
    </RaLogin>
  );
};
