import { Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

interface IntegratorLike {
  login?: string;
  fullName?: string;
}

/** "Full name (login)" for inputs and cells. */
export const integratorText = (user: IntegratorLike | null | undefined): string =>
  user ? (user.fullName && user.login ? `${user.fullName} (${user.login})` : (user.fullName ?? user.login ?? '')) : '';

/** An integrator account in a dropdown: name, login underneath. */
export const IntegratorOption = () => {
  const user = useRecordContext<IntegratorLike & { id: string }>();
  if (!user) return null;
  return (
    <Box>
      <Typography variant="body2">{user.fullName}</Typography>
      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
        {user.login}
      </Typography>
    </Box>
  );
};
